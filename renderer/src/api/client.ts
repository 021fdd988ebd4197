/**
 * @file The renderer's one way to reach the core: `api.call(method, input)` typed by the shared contract.
 *
 * Under Electron it goes through the preload bridge (IPC); in a browser it posts to the browser host with the
 * run's token. Both return the same envelope, so no screen knows which host it runs in.
 */
import type { ApiInput, ApiMethod, ApiOutput } from '../../../shared/api/contract';
import type { ApiResult } from '../../../shared/api/result';
import { BRIDGE_GLOBAL, type ZhkuBridge } from '../../../shared/api/bridge';
import { createHttpTransport } from './transport-http';
import { noticeAuthRefusal } from './auth-refusals';

export type Transport = (method: string, input: unknown) => Promise<ApiResult<unknown>>;

export interface ApiClient {
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<ApiOutput<M>>>;
  readonly hostLabel: string;
}

function pickTransport(): { transport: Transport; hostLabel: string } {
  const bridge = (window as unknown as Record<string, ZhkuBridge | undefined>)[BRIDGE_GLOBAL];
  if (bridge) return { transport: (method, input) => bridge.call(method, input), hostLabel: 'приложение' };
  return { transport: createHttpTransport(), hostLabel: 'браузер' };
}

function createClient(): ApiClient {
  const { transport, hostLabel } = pickTransport();
  return {
    hostLabel,
    call: async <M extends ApiMethod>(method: M, input: ApiInput<M>) => {
      const result = await transport(method, input);
      // A lost session locks the screen whichever page asked (see auth-refusals.ts).
      if (!result.ok) noticeAuthRefusal(method, result.error.code);
      return result as ApiResult<ApiOutput<M>>;
    },
  };
}

export const api: ApiClient = createClient();
