/**
 * @file The outcome at one address of a joint raid (the raids' shared form, components/raids/RaidOutcomeEntry.tsx):
 * the bailiff's outcomes; a promise needs its date, its sum may stay empty — then the whole debt under the
 * proceedings is promised. Recording again replaces the earlier outcome.
 */
import type { RaidAddressView, RaidView } from '../../../../../shared/api/contract-fssp-raids';
import { RAID_OUTCOMES, RAID_OUTCOME_LABELS, type RaidOutcome } from '../../../../../shared/fssp/fssp-terms';
import { kopecksOfText } from '../../../../../shared/numbers/field-value';
import { api } from '../../../api/client';
import { RaidOutcomeEntry, type RaidOutcomeRules } from '../../../components/raids/RaidOutcomeEntry';
import { formatRubles } from '../../../format';

function rulesFor(address: RaidAddressView): RaidOutcomeRules<RaidOutcome> {
  return {
    outcomes: RAID_OUTCOMES,
    labels: RAID_OUTCOME_LABELS,
    paid: 'paid',
    promiseSumField: {
      placeholder: formatRubles(address.debtKopecks),
      title: 'Пусто — весь долг по производству',
      required: false,
    },
    readPromise: (date, sumText) => {
      if (date === '') return { error: 'Укажите дату, до которой должник обещал оплатить.' };
      const kopecks = kopecksOfText(sumText);
      if (kopecks !== null && (Number.isNaN(kopecks) || kopecks <= 0))
        return { error: 'Обещанная сумма — в рублях, больше нуля; или оставьте поле пустым.' };
      return { kopecks };
    },
  };
}

export function RaidOutcomeForm({
  raid,
  address,
  onSaved,
  onClose,
}: {
  raid: RaidView;
  address: RaidAddressView;
  onSaved: (raid: RaidView, summary: string) => void;
  onClose: () => void;
}) {
  return (
    <RaidOutcomeEntry
      rules={rulesFor(address)}
      address={address}
      raidDate={raid.raidDate}
      initial={{ outcome: address.outcome ?? 'no_access', promiseDate: address.promiseDate ?? '', promiseSum: '' }}
      save={async (choice) => {
        const r = await api.call('raids.recordOutcome', { raidId: raid.id, accountId: address.accountId, ...choice });
        if (!r.ok) return r.error.message;
        onSaved(r.value.raid, r.value.summary);
        return null;
      }}
      onClose={onClose}
    />
  );
}
