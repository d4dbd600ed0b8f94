/** Three cities × three years of industry data, hand-made for the share tests (values in 亿元). */
export const THREE_CITIES: Array<Record<string, unknown>> = [];
const add = (city: string, year: number, edition: string, rows: Array<[string, number]>) => {
  for (const [code, value] of rows) THREE_CITIES.push({ city, year, industry_code: code, edition, scope: 'all', value, unit: '亿元' });
};
// 广州: 2010 no TOTAL (denominator 100); 2011 TOTAL 120 over parts of 100; 2012 in the 2011 edition.
add('广州', 2010, '2002', [['39', 30], ['13', 20], ['F', 10], ['J', 25], ['H', 15]]);
add('广州', 2011, '2002', [['39', 36], ['13', 18], ['F', 10], ['J', 26], ['H', 10], ['TOTAL', 120]]);
add('广州', 2012, '2011', [['38', 40], ['13', 20], ['G', 10], ['J', 30]]);
add('深圳', 2010, '2002', [['40', 50], ['13', 10], ['J', 20], ['H', 20]]);
add('深圳', 2011, '2002', [['40', 55], ['13', 10], ['J', 20], ['H', 15]]);
add('深圳', 2012, '2011', [['39', 60], ['13', 10], ['I', 15], ['J', 15]]);
add('汕头', 2010, '2002', [['17', 40], ['26', 10], ['H', 30], ['J', 20]]);
add('汕头', 2011, '2002', [['17', 35], ['26', 15], ['H', 30], ['J', 20]]);
add('汕头', 2012, '2011', [['17', 30], ['26', 20], ['F', 30], ['J', 20]]);
