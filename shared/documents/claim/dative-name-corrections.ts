/**
 * @file What our dative of a person's name corrects in lvovich, as data (lower case throughout). lvovich stays the
 * main library; these lists are the places where its rules and the grammar references part ways. Add a name
 * here, with a test in dative-name.test.ts, when a letter comes out wrong.
 */

/** Endings of the patronymic's last word that fix the person's sex (Russian -ич/-на; Turkic оглы/кызы and kin). */
export const PATRONYMIC_GENDER_ENDINGS = {
  male: ['ич', 'оглы', 'огли', 'улы', 'уулу', 'угли'],
  female: ['на', 'кызы', 'гызы', 'кизи'],
} as const;

/**
 * Women's first names in «-ь» that stay as they are. All others decline as «любовь»/«тетрадь» do (Любовь →
 * Любови, Нинель → Нинели, Айгуль → Айгули, Рахиль → Рахили: Суперанская, «Словарь русских личных имён»);
 * lvovich leaves every «-ль» name and, without a clear sex, «Любовь» itself undeclined. Western names in «-ль»
 * are used undeclined (Розенталь: «Мишель» для женщины не склоняется).
 */
export const FEMALE_SOFT_SIGN_INDECLINABLE: readonly string[] = ['мишель', 'николь', 'изабель', 'габриэль', 'даниэль'];

/**
 * Surnames that never decline although lvovich's suffix rules would decline them: French surnames with the stress
 * on the final -а/-я (Розенталь: «Золя, Дюма, Тома»). lvovich already knows «дюма», «тома», «дега», «петипа».
 */
export const INDECLINABLE_SURNAMES: readonly string[] = ['золя', 'дюма', 'тома', 'дега', 'петипа'];

/**
 * First parts of double surnames that are not surnames themselves and stay as they are (Бонч-Бруевичу,
 * Тер-Петросяну, фон-…). lvovich has this list but never reaches it: its rule is tagged «first_word» while it
 * looks the word up with the tag «firstWord», so it declines «Бончу-Бруевичу».
 */
export const INDECLINABLE_FIRST_PARTS: readonly string[] = [
  'бонч',
  'тер',
  'мелик',
  'шолом',
  'фон',
  'ван',
  'книппер',
  'корвин',
  'белиц',
  'абдул',
  'гасан',
  'дюссар',
  'дюмон',
  'призван',
  'вар',
];
