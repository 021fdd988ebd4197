/**
 * @file The outcome at one address of a «Чёрная метка» raid (the raids' shared form,
 * components/raids/RaidOutcomeEntry.tsx): the outcomes of the raid's kind — «Услуга ограничена» is offered on a
 * demonstrative disconnection only; the core still checks measure 8's case. A promise needs both its date and its
 * sum. Recording again replaces the earlier outcome.
 */
import type { BlackmarkAddressView, BlackmarkRaidView } from '../../../../../shared/api/contract-blackmark';
import {
  BLACKMARK_OUTCOME_LABELS,
  outcomesOf,
  type BlackmarkKind,
  type BlackmarkOutcome,
} from '../../../../../shared/blackmark/blackmark-terms';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { api } from '../../../api/client';
import { RaidOutcomeEntry, type RaidOutcomeRules } from '../../../components/raids/RaidOutcomeEntry';
import { formatRubles } from '../../../format';

function rulesFor(kind: BlackmarkKind): RaidOutcomeRules<BlackmarkOutcome> {
  return {
    outcomes: outcomesOf(kind),
    labels: BLACKMARK_OUTCOME_LABELS,
    paid: 'paid_on_spot',
    promiseSumField: { placeholder: '10 000,00', required: true },
    readPromise: (date, sumText) => {
      const kopecks = kopecksOfText(sumText);
      if (date === '' || kopecks === null || Number.isNaN(kopecks) || kopecks <= 0)
        return { error: 'Укажите дату, до которой должник обещал оплатить, и сумму в рублях.' };
      return { kopecks };
    },
    hintFor: (outcome) =>
      outcome === 'restricted' && (
        <p className="muted small raid-hint">
          Состояние дела об ограничении меняет только акт — составьте его в разделе «Ограничение» (мероприятие 8).
        </p>
      ),
  };
}

export function BlackmarkOutcomeForm({
  raid,
  address,
  onSaved,
  onClose,
}: {
  raid: BlackmarkRaidView;
  address: BlackmarkAddressView;
  onSaved: (summary: string) => void;
  onClose: () => void;
}) {
  return (
    <RaidOutcomeEntry
      rules={rulesFor(raid.kind)}
      address={address}
      raidDate={raid.raidDate}
      initial={{
        outcome: address.outcome ?? 'notice_handed',
        promiseDate: address.promiseDate ?? '',
        promiseSum: address.promiseKopecks ? formatRubles(address.promiseKopecks) : '',
      }}
      save={async (choice) => {
        const r = await api.call('blackmark.recordOutcome', {
          raidId: raid.id,
          accountId: address.accountId,
          ...choice,
        });
        if (!r.ok) return r.error.message;
        onSaved(r.value.summary);
        return null;
      }}
      onClose={onClose}
    />
  );
}
