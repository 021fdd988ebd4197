/**
 * @file The application's version, kept in step with package.json by test/support/version.test.ts.
 * (Not read from package.json at run time: the packaged app has no package.json beside the core's code.)
 */
export const APP_VERSION = '0.1.0';
