/**
 * @file Calling the API from tests: through a core's dispatch (unwrapping the envelope, or expecting a refusal), and
 * over HTTP through a served browser host with its token.
 */
import type { Core } from '../../electron/core/open-core';
import type { ServedApp } from './spawn-serve';

/** The value of a successful call; a refusal fails the test with its code and message. */
export async function callCore<T>(core: Core, method: string, input: unknown): Promise<T> {
  const result = await core.dispatch(method, input);
  if (!result.ok) throw Object.assign(new Error(`${method}: ${result.error.code} ${result.error.message}`), { code: result.error.code });
  return result.value as T;
}

/** The error of a call that must be refused; success fails the test. */
export async function callCoreError(core: Core, method: string, input: unknown): Promise<{ code: string; message: string }> {
  const result = await core.dispatch(method, input);
  if (result.ok) throw new Error(`${method} succeeded but should have been refused`);
  return result.error;
}

/** POST /api/<method> to a served browser host with its token; the value, or the refusal as a thrown error. */
export async function callHttp<T>(served: ServedApp, method: string, input: unknown): Promise<T> {
  const reply = await fetch(`${served.origin}/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${served.token}` },
    body: JSON.stringify(input),
  });
  const body = (await reply.json()) as { ok: boolean; value: T; error?: { message: string } };
  if (!body.ok) throw new Error(`${method}: ${body.error?.message ?? 'ошибка'}`);
  return body.value;
}
