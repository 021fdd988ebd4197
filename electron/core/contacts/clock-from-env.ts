/**
 * @file A clock that starts at a given instant and runs on (`ZHKU_CLOCK_START=2026-11-25T08:00:00Z`). Contact
 * rules depend on the hour and the kind of day, so an end-to-end test or a training session must be able to run
 * «on a Wednesday at 11:00» whatever the machine's time. Unset = the real clock.
 */
export function clockFromEnv(value: string | undefined = process.env.ZHKU_CLOCK_START): () => number {
  if (!value) return Date.now;
  const start = Date.parse(value);
  if (!Number.isFinite(start)) throw new Error(`ZHKU_CLOCK_START: не дата и время ISO: «${value}»`);
  const realStart = Date.now();
  return () => start + (Date.now() - realStart);
}
