/**
 * @file What the administrator's three forms of the legal tables (key rate, rate decree, moratorium) share: send the
 * addition, show the core's answer, and offer the recalculation of the penalty runs it made stale.
 */
import { useState } from 'react';
import type { AddKeyRateResult } from '../../../shared/legal/legal-table-types';
import type { ApiResult } from '../../../shared/api/result';
import { StaleRunsRecalculation } from './StaleRunsRecalculation';

type Message = { kind: 'ok' | 'error'; text: string } | null;

export interface LegalAddition {
  message: Message;
  stale: AddKeyRateResult['staleRuns'];
  /** Sends the addition; on success shows `okText`, lists the stale runs and returns true. */
  send: (call: () => Promise<ApiResult<AddKeyRateResult>>, okText: string) => Promise<boolean>;
}

export function useLegalAddition(onAdded: () => void): LegalAddition {
  const [message, setMessage] = useState<Message>(null);
  const [stale, setStale] = useState<AddKeyRateResult['staleRuns']>([]);
  const send: LegalAddition['send'] = async (call, okText) => {
    const result = await call();
    if (!result.ok) {
      setMessage({ kind: 'error', text: result.error.message });
      return false;
    }
    setMessage({ kind: 'ok', text: okText });
    setStale(result.value.staleRuns);
    onAdded();
    return true;
  };
  return { message, stale, send };
}

/** The core's answer beside the submit button. */
export function LegalAdditionMessage({ message }: { message: Message }) {
  if (!message) return null;
  return (
    <span
      role={message.kind === 'error' ? 'alert' : 'status'}
      className={message.kind === 'error' ? 'error-text' : 'ok-text'}
    >
      {message.text}
    </span>
  );
}

/** The stale runs with their recalculation, under the form. */
export function LegalAdditionStaleRuns({ stale }: { stale: AddKeyRateResult['staleRuns'] }) {
  return stale.length > 0 ? <StaleRunsRecalculation staleRuns={stale} /> : null;
}
