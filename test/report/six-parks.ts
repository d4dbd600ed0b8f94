/** The six-park, two-year file of the bulletin tests (hand computation in bulletin.test.ts). */
export const SIX_PARKS_CSV = `park_id,park_name,host_city,partner_city,category,year,status_start,score
P1,甲园区,河源,深圳,示范园,2012,demonstration,95
P2,乙园区,梅州,广州,示范园,2012,demonstration,88
P3,丙园区,汕尾,深圳,示范园,2012,demonstration,80
P4,丁园区,清远,广州,示范园,2012,demonstration,70
P5,戊园区,韶关,佛山,一般,2012,ordinary,66
P6,己园区,阳江,中山,一般,2012,ordinary,62
P1,甲园区,河源,深圳,示范园,2013,,92
P2,乙园区,梅州,广州,示范园,2013,,58
P3,丙园区,汕尾,深圳,示范园,2013,,85
P4,丁园区,清远,广州,示范园,2013,,68
P5,戊园区,韶关,佛山,一般,2013,,75
P6,己园区,阳江,中山,一般,2013,,61
`;
