/**
 * @file Real street names of городской округ Красногорск for the synthetic demo district (data only).
 *
 * Converted from /work/shared/data/krasnogorsk-streets.csv (the project's shared research file; each row
 * there carries its public source URLs — krasnogorsk-adm.ru, regions.ru, zemlyak.news, krtv.tv, kragor.ru …).
 * The app must not read /work/shared at run time, hence this copy.
 * - `locality` is the CSV's text as is; `settlement` is what goes into a postal-style address: rows whose
 *   settlement the source leaves unspecified («ГО Красногорск …») and the microdistricts (Павшинская пойма,
 *   Опалиха, ЖК) are part of г. Красногорск; Нахабино is a р.п., Глухово a деревня.
 * - `housesSeen` are only the house numbers the sources name («4 к1», «23 к1-3», «5/2», «7б»); the generator
 *   uses them first and invents further plausible numbers on the same street.
 */

export type StreetType = 'улица' | 'бульвар' | 'проезд' | 'шоссе' | 'тупик';

export interface Street {
  name: string;
  type: StreetType;
  locality: string;
  settlement: 'г. Красногорск' | 'р.п. Нахабино' | 'д. Глухово';
  housesSeen: readonly string[];
}

export const KRASNOGORSK_STREETS: readonly Street[] = [
  { name: 'Ленина', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['67'] },
  { name: 'Речная', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['6', '7'] },
  { name: 'Пионерская', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['1', '12', '14', '16'] },
  { name: 'Октябрьская', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['14', '15'] },
  { name: 'Маяковского', type: 'улица', locality: 'ГО Красногорск (н.п. в источнике не уточнён)', settlement: 'г. Красногорск', housesSeen: ['1', '2'] },
  { name: 'Пушкинская', type: 'улица', locality: 'ГО Красногорск (н.п. в источнике не уточнён)', settlement: 'г. Красногорск', housesSeen: ['19-21'] },
  { name: '50 лет Октября', type: 'улица', locality: 'ГО Красногорск (н.п. в источнике не уточнён)', settlement: 'г. Красногорск', housesSeen: ['7б'] },
  { name: 'Лесная', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['3', '5', '9'] },
  { name: 'Успенская', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['4', '6', '26'] },
  { name: 'Георгия Димитрова', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['1', '3'] },
  { name: 'Железнодорожная', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['9', '23', '24', '26', '26а', '27', '27а', '28', '28а', '29', '30', '31', '31а'] },
  { name: 'Железнодорожный', type: 'проезд', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['7', '9', '11', '13'] },
  { name: 'Жуковского', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['8', '8а', '10'] },
  { name: 'Кирова', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['5', '5а', '7', '9', '11', '13', '15', '17', '23'] },
  { name: 'Братьев Горожанкиных', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['23'] },
  { name: 'Зверева', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['2', '4', '6', '8а'] },
  { name: 'Светлая', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['1', '2', '3', '4', '5', '7', '10'] },
  { name: 'Чайковского', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['9', '11', '13', '16', '18'] },
  { name: 'Чехова', type: 'проезд', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['4', '6'] },
  { name: 'Волоколамское', type: 'шоссе', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['5/2', '6', '7/1'] },
  { name: 'Строительный', type: 'проезд', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['3', '5'] },
  { name: 'Советская', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['5', '39'] },
  { name: 'Совпартшкола', type: 'улица', locality: 'ГО Красногорск', settlement: 'г. Красногорск', housesSeen: ['18'] },
  { name: 'Вокзальная', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['1', '4'] },
  { name: 'Карбышева', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Циолковского', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Первомайская', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: ['7', '11', '12'] },
  { name: 'Оранжерейная', type: 'улица', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Ильинское', type: 'шоссе', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Оптический', type: 'проезд', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Ильинский', type: 'тупик', locality: 'г. Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Парковая', type: 'улица', locality: 'ГО Красногорск (н.п. в источнике не уточнён)', settlement: 'г. Красногорск', housesSeen: ['6', '12'] },
  { name: 'Центральный', type: 'проезд', locality: 'ГО Красногорск (н.п. в источнике не уточнён)', settlement: 'г. Красногорск', housesSeen: ['16', '20', '26'] },
  { name: 'Володарского', type: 'улица', locality: 'ГО Красногорск (н.п. в источнике не уточнён)', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Пятницкое', type: 'шоссе', locality: 'ГО Красногорск', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Мякининская', type: 'улица', locality: 'ГО Красногорск (у МКАД)', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Павшинский', type: 'бульвар', locality: 'г. Красногорск, мкр Павшинская пойма', settlement: 'г. Красногорск', housesSeen: ['1', '3', '5', '7', '24', '26', '28'] },
  { name: 'Подмосковный', type: 'бульвар', locality: 'г. Красногорск, мкр Павшинская пойма', settlement: 'г. Красногорск', housesSeen: ['1', '3', '5', '7', '11', '13'] },
  { name: 'Красногорский', type: 'бульвар', locality: 'г. Красногорск, мкр Павшинская пойма', settlement: 'г. Красногорск', housesSeen: ['5', '7', '9', '23 к1-3', '25'] },
  { name: 'Игната Титова', type: 'улица', locality: 'г. Красногорск, мкр Павшинская пойма', settlement: 'г. Красногорск', housesSeen: ['7'] },
  { name: 'Спасская', type: 'улица', locality: 'г. Красногорск, мкр Павшинская пойма', settlement: 'г. Красногорск', housesSeen: ['1 к1-3', '4', '5'] },
  { name: 'Егорова', type: 'улица', locality: 'г. Красногорск, мкр Павшинская пойма', settlement: 'г. Красногорск', housesSeen: ['5'] },
  { name: 'Мира', type: 'улица', locality: 'г. Красногорск, мкр Опалиха', settlement: 'г. Красногорск', housesSeen: ['5/2', '7', '9', '17', '19'] },
  { name: 'Новая Опалиха', type: 'улица', locality: 'г. Красногорск, мкр Опалиха', settlement: 'г. Красногорск', housesSeen: ['4'] },
  { name: 'Геологов', type: 'улица', locality: 'г. Красногорск, мкр Опалиха', settlement: 'г. Красногорск', housesSeen: ['5'] },
  { name: 'Новая Московская', type: 'улица', locality: 'г. Красногорск, мкр Опалиха', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Есенинская', type: 'улица', locality: 'г. Красногорск, мкр Опалиха', settlement: 'г. Красногорск', housesSeen: [] },
  { name: 'Космонавтов', type: 'бульвар', locality: 'ГО Красногорск, ЖК «Изумрудные холмы»', settlement: 'г. Красногорск', housesSeen: ['10'] },
  { name: 'Новая Лесная', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['1А', '9'] },
  { name: 'Инженерная', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['4 к1', '4 к2'] },
  { name: 'Молодежная', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['2', '4', '6', '10'] },
  { name: 'Школьная', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['5', '7', '7А', '7Б'] },
  { name: 'Институтская', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['8'] },
  { name: 'Панфилова', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['5'] },
  { name: 'Красноармейская', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['62', '64'] },
  { name: 'Покровская', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск), ЖК «Малина»', settlement: 'р.п. Нахабино', housesSeen: ['5/4', '5А'] },
  { name: 'Чкалова', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: ['7'] },
  { name: 'Горем-28', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: [] },
  { name: 'Станционная', type: 'улица', locality: 'р.п. Нахабино (ГО Красногорск)', settlement: 'р.п. Нахабино', housesSeen: [] },
  { name: 'Романовская', type: 'улица', locality: 'д. Глухово (ЖК «Новая Рига»), ГО Красногорск', settlement: 'д. Глухово', housesSeen: ['3', '19'] },
];
