# earshot sentiment lexicon: Romanian (ro).
# Written by hand for the earshot project from knowledge of the language; no entry or value is
# taken from another sentiment list. Valence in [-4, +4]: +-0.5..1 mild, +-1.5..2.5 clear, +-3..4 strong.
# Adjectives are listed with their gender/number/article forms; entries carry their diacritics
# (ș ț ă â î) and the loader derives the diacritic-free spelling used in most reviews and tweets.
@lang ro
@stemmer snowball:romanian

[valence]
# --- positive adjectives ---
bun	1.9
buni	1.9
bune	1.9
bunul	1.9
bunii	1.9
bunele	1.9
foarte bun	2.6
foarte bună	2.6
foarte bune	2.6
foarte buni	2.6
super bun	2.8
super bună	2.8
bunicel	1.2
bunicică	1.2
bunicei	1.2
bunicele	1.2
excelent	3.0
excelentă	3.0
excelenți	3.0
excelente	3.0
excelentul	3.0
excelenta	3.0
minunată	3.0
minunați	3.0
minunate	3.0
minunatul	3.0
minunata	3.0
extraordinar	3.0
extraordinară	3.0
extraordinari	3.0
extraordinare	3.0
extraordinarul	3.0
extraordinara	3.0
fantastic	3.0
fantastică	3.0
fantastici	3.0
fantastice	3.0
fantasticul	3.0
fantastica	3.0
fabulos	3.0
fabuloasă	3.0
fabuloși	3.0
fabuloase	3.0
fabulosul	3.0
fabuloasa	3.0
superbă	3.0
superbi	3.0
superbe	3.0
superbul	3.0
superba	3.0
splendid	2.9
splendidă	2.9
splendizi	2.9
splendide	2.9
splendidul	2.9
splendida	2.9
magnific	3.0
magnifică	3.0
magnifici	3.0
magnifice	3.0
magnificul	3.0
magnifica	3.0
perfectă	2.8
perfecți	2.8
perfecte	2.8
perfectul	2.8
perfecta	2.8
impecabil	2.9
impecabilă	2.9
impecabili	2.9
impecabile	2.9
impecabilul	2.9
impecabila	2.9
genial	2.8
genială	2.8
geniali	2.8
geniale	2.8
genialul	2.8
geniala	2.8
grozav	2.6
grozavă	2.6
grozavi	2.6
grozave	2.6
grozavul	2.6
grozava	2.6
formidabil	2.8
formidabilă	2.8
formidabili	2.8
formidabile	2.8
formidabilul	2.8
formidabila	2.8
senzațional	2.9
senzațională	2.9
senzaționali	2.9
senzaționale	2.9
senzaționalul	2.9
senzaționala	2.9
spectaculos	2.7
spectaculoasă	2.7
spectaculoși	2.7
spectaculoase	2.7
spectaculosul	2.7
spectaculoasa	2.7
uimitor	2.5
uimitoare	2.5
uimitori	2.5
uimitorul	2.5
uimitoarea	2.5
impresionant	2.4
impresionantă	2.4
impresionanți	2.4
impresionante	2.4
impresionantul	2.4
impresionanta	2.4
incredibil	1.6
incredibilă	1.6
incredibili	1.6
incredibile	1.6
incredibilul	1.6
incredibila	1.6
remarcabil	2.3
remarcabilă	2.3
remarcabili	2.3
remarcabile	2.3
remarcabilul	2.3
remarcabila	2.3
deosebit	2.0
deosebită	2.0
deosebiți	2.0
deosebite	2.0
deosebitul	2.0
deosebita	2.0
special	0.8
specială	0.8
speciali	0.8
speciale	0.8
specialul	0.8
speciala	0.8
unic	1.3
unică	1.3
unici	1.3
unice	1.3
unicul	1.3
unica	1.3
frumos	2.2
frumoși	2.2
frumoase	2.2
frumosul	2.2
frumoasa	2.2
frumoasă	2.2
foarte frumos	2.7
foarte frumoasă	2.7
drăguț	1.9
drăguță	1.9
drăguți	1.9
drăguțe	1.9
drăguțul	1.9
drăguța	1.9
simpatic	1.9
simpatică	1.9
simpatici	1.9
simpatice	1.9
simpaticul	1.9
simpatica	1.9
amabil	2.1
amabilă	2.1
amabili	2.1
amabile	2.1
amabilul	2.1
amabila	2.1
politicos	1.9
politicoasă	1.9
politicoși	1.9
politicoase	1.9
politicosul	1.9
politicoasa	1.9
prietenos	2.0
prietenoasă	2.0
prietenoși	2.0
prietenoase	2.0
prietenosul	2.0
prietenoasa	2.0
binevoitor	1.8
binevoitoare	1.8
binevoitori	1.8
binevoitorul	1.8
binevoitoarea	1.8
săritor	1.9
săritoare	1.9
săritori	1.9
săritorul	1.9
săritoarea	1.9
atent	1.2
atentă	1.2
atenți	1.2
atente	1.2
atentul	1.2
atenta	1.2
serios	1.0
serioasă	1.0
serioși	1.0
serioase	1.0
seriosul	1.0
serioasa	1.0
corect	1.4
corectă	1.4
corecți	1.4
corecte	1.4
corectul	1.4
corecta	1.4
cinstit	1.9
cinstită	1.9
cinstiți	1.9
cinstite	1.9
cinstitul	1.9
cinstita	1.9
onest	2.0
onestă	2.0
onești	2.0
oneste	2.0
onestul	2.0
onesta	2.0
loial	1.8
loială	1.8
loiali	1.8
loiale	1.8
loialul	1.8
loiala	1.8
profesionist	2.1
profesionistă	2.1
profesioniști	2.1
profesioniste	2.1
profesionistul	2.1
profesionista	2.1
competent	2.0
competentă	2.0
competenți	2.0
competente	2.0
competentul	2.0
competenta	2.0
priceput	1.9
pricepută	1.9
pricepuți	1.9
pricepute	1.9
priceputul	1.9
priceputa	1.9
capabil	1.5
capabilă	1.5
capabili	1.5
capabile	1.5
capabilul	1.5
capabila	1.5
inteligent	1.9
inteligentă	1.9
inteligenți	1.9
inteligente	1.9
inteligentul	1.9
inteligenta	1.9
deștept	1.8
deșteptă	1.8
deștepți	1.8
deștepte	1.8
deșteptul	1.8
deștepta	1.8
isteț	1.6
isteță	1.6
isteți	1.6
istețe	1.6
istețul	1.6
isteța	1.6
talentat	2.2
talentată	2.2
talentați	2.2
talentate	2.2
talentatul	2.2
talentata	2.2
harnic	1.8
harnică	1.8
harnici	1.8
harnice	1.8
harnicul	1.8
harnica	1.8
muncitor	1.3
muncitoare	1.3
muncitori	1.3
muncitorul	1.3
muncitoarea	1.3
punctual	1.8
punctuală	1.8
punctuali	1.8
punctuale	1.8
punctualul	1.8
punctuala	1.8
prompt	1.9
promptă	1.9
prompți	1.9
prompte	1.9
promptul	1.9
prompta	1.9
rapid	1.0
rapidă	1.0
rapizi	1.0
rapide	1.0
rapidul	1.0
rapida	1.0
iute	1.0
iuti	1.0
eficient	2.0
eficientă	2.0
eficienți	2.0
eficiente	2.0
eficientul	2.0
eficienta	2.0
eficace	1.8
eficaci	1.8
util	1.6
utilă	1.6
utili	1.6
utile	1.6
utilul	1.6
utila	1.6
comod	1.5
comodă	1.5
comozi	1.5
comode	1.5
comodul	1.5
comoda	1.5
confortabil	2.0
confortabilă	2.0
confortabili	2.0
confortabile	2.0
confortabilul	2.0
confortabila	2.0
ergonomic	1.4
ergonomică	1.4
ergonomici	1.4
ergonomice	1.4
ergonomicul	1.4
ergonomica	1.4
robust	1.4
robustă	1.4
robuști	1.4
robuste	1.4
robustul	1.4
robusta	1.4
solid	1.2
solidă	1.2
solizi	1.2
solide	1.2
solidul	1.2
solida	1.2
rezistent	1.5
rezistentă	1.5
rezistenți	1.5
rezistente	1.5
rezistentul	1.5
rezistenta	1.5
durabil	1.5
durabilă	1.5
durabili	1.5
durabile	1.5
durabilul	1.5
durabila	1.5
fiabil	1.9
fiabilă	1.9
fiabili	1.9
fiabile	1.9
fiabilul	1.9
fiabila	1.9
stabil	1.1
stabilă	1.1
stabili	1.1
stabile	1.1
stabilul	1.1
stabila	1.1
curat	1.4
curată	1.4
curați	1.4
curate	1.4
curatul	1.4
curata	1.4
îngrijit	1.6
îngrijită	1.6
îngrijiți	1.6
îngrijite	1.6
îngrijitul	1.6
îngrijita	1.6
elegant	2.0
elegantă	2.0
eleganți	2.0
elegante	2.0
elegantul	2.0
eleganta	2.0
rafinat	1.9
rafinată	1.9
rafinați	1.9
rafinate	1.9
rafinatul	1.9
rafinata	1.9
modern	0.8
modernă	0.8
moderni	0.8
moderne	0.8
modernul	0.8
moderna	0.8
inovator	1.5
inovatoare	1.5
inovatori	1.5
inovatorul	1.5
inovatoarea	1.5
original	0.8
originală	0.8
originali	0.8
originale	0.8
originalul	0.8
originala	0.8
ieftin	0.9
ieftină	0.9
ieftini	0.9
ieftine	0.9
ieftinul	0.9
ieftina	0.9
avantajos	1.7
avantajoasă	1.7
avantajoși	1.7
avantajoase	1.7
avantajosul	1.7
avantajoasa	1.7
accesibil	1.2
accesibilă	1.2
accesibili	1.2
accesibile	1.2
accesibilul	1.2
accesibila	1.2
convenabil	1.2
convenabilă	1.2
convenabili	1.2
convenabile	1.2
convenabilul	1.2
convenabila	1.2
rentabil	1.4
rentabilă	1.4
rentabili	1.4
rentabile	1.4
rentabilul	1.4
rentabila	1.4
gustos	2.2
gustoasă	2.2
gustoși	2.2
gustoase	2.2
gustosul	2.2
gustoasa	2.2
delicios	2.8
delicioasă	2.8
delicioși	2.8
delicioase	2.8
deliciosul	2.8
delicioasa	2.8
savuros	2.6
savuroasă	2.6
savuroși	2.6
savuroase	2.6
savurosul	2.6
savuroasa	2.6
proaspăt	1.2
proaspătă	1.2
proaspăți	1.2
proaspăte	1.2
proaspătul	1.2
proaspăta	1.2
sănătos	1.0
sănătoasă	1.0
sănătoși	1.0
sănătoase	1.0
sănătosul	1.0
sănătoasa	1.0
fericită	2.7
fericiți	2.7
fericite	2.7
fericitul	2.7
fericita	2.7
bucuroasă	2.4
bucuroși	2.4
bucuroase	2.4
bucurosul	2.4
bucuroasa	2.4
încântat	2.6
încântată	2.6
încântați	2.6
încântate	2.6
încântatul	2.6
încântata	2.6
mulțumit	2.2
mulțumită	2.2
mulțumiți	2.2
mulțumite	2.2
mulțumitul	2.2
mulțumita	2.2
satisfăcut	2.1
satisfăcută	2.1
satisfăcuți	2.1
satisfăcute	2.1
satisfăcutul	2.1
satisfăcuta	2.1
entuziasmat	2.5
entuziasmată	2.5
entuziasmați	2.5
entuziasmate	2.5
entuziasmatul	2.5
entuziasmata	2.5
entuziast	2.2
entuziastă	2.2
entuziaști	2.2
entuziaste	2.2
entuziastul	2.2
entuziasta	2.2
vesel	2.1
veselă	2.1
veseli	2.1
vesele	2.1
veselul	2.1
vesela	2.1
voios	2.1
voioasă	2.1
voioși	2.1
voioase	2.1
voiosul	2.1
voioasa	2.1
senin	1.6
senină	1.6
senini	1.6
senine	1.6
seninul	1.6
senina	1.6
liniștit	1.4
liniștită	1.4
liniștiți	1.4
liniștite	1.4
liniștitul	1.4
liniștita	1.4
relaxat	1.5
relaxată	1.5
relaxați	1.5
relaxate	1.5
relaxatul	1.5
relaxata	1.5
relaxant	1.7
relaxantă	1.7
relaxanți	1.7
relaxante	1.7
relaxantul	1.7
relaxanta	1.7
calm	1.2
calmă	1.2
calmi	1.2
calme	1.2
calmul	1.2
calma	1.2
norocos	2.0
norocoasă	2.0
norocoși	2.0
norocoase	2.0
norocosul	2.0
norocoasa	2.0
recunoscător	2.3
recunoscătoare	2.3
recunoscători	2.3
recunoscătorul	2.3
recunoscătoarea	2.3
emoționant	2.1
emoționantă	2.1
emoționanți	2.1
emoționante	2.1
emoționantul	2.1
emoționanta	2.1
emoționat	1.5
emoționată	1.5
emoționați	1.5
emoționate	1.5
emoționatul	1.5
emoționata	1.5
impresionat	1.9
impresionată	1.9
impresionați	1.9
impresionate	1.9
impresionatul	1.9
impresionata	1.9
amuzant	2.1
amuzantă	2.1
amuzanți	2.1
amuzante	2.1
amuzantul	2.1
amuzanta	2.1
distractiv	2.1
distractivă	2.1
distractivi	2.1
distractive	2.1
distractivul	2.1
distractiva	2.1
haios	2.0
haioasă	2.0
haioși	2.0
haioase	2.0
haiosul	2.0
haioasa	2.0
hazliu	1.9
hazlie	1.9
hazlii	1.9
hazliul	1.9
interesant	1.2
interesantă	1.2
interesanți	1.2
interesante	1.2
interesantul	1.2
interesanta	1.2
captivant	2.3
captivantă	2.3
captivanți	2.3
captivante	2.3
captivantul	2.3
captivanta	2.3
fascinant	2.4
fascinantă	2.4
fascinanți	2.4
fascinante	2.4
fascinantul	2.4
fascinanta	2.4
palpitant	2.1
palpitantă	2.1
palpitanți	2.1
palpitante	2.1
palpitantul	2.1
palpitanta	2.1
plăcută	2.0
plăcuți	2.0
plăcute	2.0
plăcutul	2.0
plăcuta	2.0
agreabil	1.8
agreabilă	1.8
agreabili	1.8
agreabile	1.8
agreabilul	1.8
agreabila	1.8
încântător	2.7
încântătoare	2.7
încântători	2.7
încântătorul	2.7
încântătoarea	2.7
fermecător	2.6
fermecătoare	2.6
fermecători	2.6
fermecătorul	2.6
fermecătoarea	2.6
adorabil	2.8
adorabilă	2.8
adorabili	2.8
adorabile	2.8
adorabilul	2.8
adorabila	2.8
dulce	1.6
dulci	1.6
iubitor	2.2
iubitoare	2.2
iubitori	2.2
iubitorul	2.2
iubitoarea	2.2
afectuos	2.1
afectuoasă	2.1
afectuoși	2.1
afectuoase	2.1
afectuosul	2.1
afectuoasa	2.1
iubit	2.1
iubită	2.1
iubite	2.1
iubitul	2.1
iubita	2.1
drage	1.8
dragul	1.8
draga	1.8
scump	-0.8
scumpă	-0.8
scumpi	-0.8
scumpe	-0.8
scumpul	-0.8
scumpa	-0.8
prețios	2.0
prețioasă	2.0
prețioși	2.0
prețioase	2.0
prețiosul	2.0
prețioasa	2.0
valoros	1.9
valoroasă	1.9
valoroși	1.9
valoroase	1.9
valorosul	1.9
valoroasa	1.9
generos	2.2
generoasă	2.2
generoși	2.2
generoase	2.2
generosul	2.2
generoasa	2.2
darnic	2.0
darnică	2.0
darnici	2.0
darnice	2.0
darnicul	2.0
darnica	2.0
modest	1.0
modestă	1.0
modești	1.0
modeste	1.0
modestul	1.0
modesta	1.0
răbdător	1.5
răbdătoare	1.5
răbdători	1.5
răbdătorul	1.5
răbdătoarea	1.5
curajos	2.1
curajoasă	2.1
curajoși	2.1
curajoase	2.1
curajosul	2.1
curajoasa	2.1
viteaz	2.0
vitează	2.0
viteazi	2.0
viteaze	2.0
viteazul	2.0
viteaza	2.0
puternic	1.3
puternică	1.3
puternici	1.3
puternice	1.3
puternicul	1.3
puternica	1.3
înțelept	1.9
înțeleptă	1.9
înțelepți	1.9
înțelepte	1.9
înțeleptul	1.9
înțelepta	1.9
demn	1.5
demnă	1.5
demni	1.5
demne	1.5
demnul	1.5
demna	1.5
respectabil	1.6
respectabilă	1.6
respectabili	1.6
respectabile	1.6
respectabilul	1.6
respectabila	1.6
admirabil	2.5
admirabilă	2.5
admirabili	2.5
admirabile	2.5
admirabilul	2.5
admirabila	2.5
lăudabil	2.2
lăudabilă	2.2
lăudabili	2.2
lăudabile	2.2
lăudabilul	2.2
lăudabila	2.2
apreciat	1.8
apreciată	1.8
apreciați	1.8
apreciate	1.8
apreciatul	1.8
apreciata	1.8
recomandată	1.8
recomandate	1.8
recomandatul	1.8
recomandata	1.8
potrivit	1.3
potrivită	1.3
potriviți	1.3
potrivite	1.3
potrivitul	1.3
potrivita	1.3
ideal	2.1
ideală	2.1
ideali	2.1
ideale	2.1
idealul	2.1
ideala	2.1
optim	1.9
optimă	1.9
optimi	1.9
optime	1.9
optimul	1.9
optima	1.9
corespunzător	1.2
corespunzătoare	1.2
corespunzători	1.2
corespunzătorul	1.2
corespunzătoarea	1.2
adecvat	0.8
adecvată	0.8
adecvați	0.8
adecvate	0.8
adecvatul	0.8
adecvata	0.8
satisfăcător	1.0
satisfăcătoare	1.0
satisfăcători	1.0
satisfăcătorul	1.0
satisfăcătoarea	1.0
acceptabil	0.6
acceptabilă	0.6
acceptabili	0.6
acceptabile	0.6
acceptabilul	0.6
acceptabila	0.6
decent	0.8
decentă	0.8
decenți	0.8
decente	0.8
decentul	0.8
decenta	0.8
fain	2.2
faină	2.2
faini	2.2
faine	2.2
fainul	2.2
faina	2.2
șmecher	1.0
șmecheră	1.0
șmecheri	1.0
șmechere	1.0
șmecherul	1.0
șmechera	1.0
pozitiv	1.6
pozitivă	1.6
pozitivi	1.6
pozitive	1.6
pozitivul	1.6
pozitiva	1.6
optimist	1.6
optimistă	1.6
optimiști	1.6
optimiste	1.6
optimistul	1.6
optimista	1.6
promițător	1.7
promițătoare	1.7
promițători	1.7
promițătorul	1.7
promițătoarea	1.7
câștigător	1.9
câștigătoare	1.9
câștigători	1.9
câștigătorul	1.9
câștigătoarea	1.9
victorios	2.1
victorioasă	2.1
victorioși	2.1
victorioase	2.1
victoriosul	2.1
victorioasa	2.1
reușiți	1.9
reușitul	1.9
binecuvântat	2.2
binecuvântată	2.2
binecuvântați	2.2
binecuvântate	2.2
binecuvântatul	2.2
binecuvântata	2.2
divin	2.5
divină	2.5
divini	2.5
divine	2.5
divinul	2.5
divina	2.5
magic	2.3
magică	2.3
magici	2.3
magice	2.3
magicul	2.3
magica	2.3
miraculos	2.3
miraculoasă	2.3
miraculoși	2.3
miraculoase	2.3
miraculosul	2.3
miraculoasa	2.3
spațios	1.3
spațioasă	1.3
spațioși	1.3
spațioase	1.3
spațiosul	1.3
spațioasa	1.3
silențios	1.3
silențioasă	1.3
silențioși	1.3
silențioase	1.3
silențiosul	1.3
silențioasa	1.3
intuitiv	1.6
intuitivă	1.6
intuitivi	1.6
intuitive	1.6
intuitivul	1.6
intuitiva	1.6
bogat	0.7
bogată	0.7
bogați	0.7
bogate	0.7
bogatul	0.7
bogata	0.7
vioi	1.5
vioaie	1.5
vioiul	1.5
energic	1.3
energică	1.3
energici	1.3
energice	1.3
energicul	1.3
energica	1.3
dinamic	1.3
dinamică	1.3
dinamici	1.3
dinamice	1.3
dinamicul	1.3
dinamica	1.3
zâmbitor	2.0
zâmbitoare	2.0
zâmbitori	2.0
zâmbitorul	2.0
zâmbitoarea	2.0
ospitalier	2.1
ospitalieră	2.1
ospitalieri	2.1
ospitaliere	2.1
ospitalierul	2.1
ospitaliera	2.1
parfumat	1.3
parfumată	1.3
parfumați	1.3
parfumate	1.3
parfumatul	1.3
parfumata	1.3
suculent	1.8
suculentă	1.8
suculenți	1.8
suculente	1.8
suculentul	1.8
suculenta	1.8
pufos	1.4
pufoasă	1.4
pufoși	1.4
pufoase	1.4
pufosul	1.4
pufoasa	1.4
romantic	1.8
romantică	1.8
romantici	1.8
romantice	1.8
romanticul	1.8
romantica	1.8
pașnic	1.4
pașnică	1.4
pașnici	1.4
pașnice	1.4
pașnicul	1.4
pașnica	1.4
motivat	1.4
motivată	1.4
motivați	1.4
motivate	1.4
motivatul	1.4
motivata	1.4
benefic	1.8
benefică	1.8
benefici	1.8
benefice	1.8
beneficul	1.8
benefica	1.8
salvat	1.4
salvată	1.4
salvați	1.4
salvate	1.4
salvatul	1.4
salvata	1.4
rezolvat	1.0
rezolvată	1.0
rezolvați	1.0
rezolvate	1.0
rezolvatul	1.0
rezolvata	1.0
autentic	1.4
autentică	1.4
autentici	1.4
autentice	1.4
autenticul	1.4
autentica	1.4
superior	1.5
superioară	1.5
superiori	1.5
superioare	1.5
superiorul	1.5
superioara	1.5
nemaipomenit	3.0
nemaipomenită	3.0
nemaipomeniți	3.0
nemaipomenite	3.0
nemaipomenitul	3.0
nemaipomenita	3.0
nemaivăzut	2.0
nemaivăzută	2.0
nemaivăzuți	2.0
nemaivăzute	2.0
nemaivăzutul	2.0
nemaivăzuta	2.0
fenomenal	3.0
fenomenală	3.0
fenomenali	3.0
fenomenale	3.0
fenomenalul	3.0
fenomenala	3.0
dumnezeiesc	2.8
dumnezeiescă	2.8
dumnezeiești	2.8
dumnezeiesce	2.8
dumnezeiescul	2.8
dumnezeiesca	2.8
demențial	2.0
demențială	2.0
demențiali	2.0
demențiale	2.0
demențialul	2.0
demențiala	2.0
senzational	2.9
senzatională	2.9
senzationali	2.9
senzationale	2.9
senzationalul	2.9
senzationala	2.9
sublim	3.0
sublimă	3.0
sublimi	3.0
sublime	3.0
sublimul	3.0
sublima	3.0
superlativ	2.6
superlativă	2.6
superlativi	2.6
superlative	2.6
superlativul	2.6
superlativa	2.6
irezistibil	2.4
irezistibilă	2.4
irezistibili	2.4
irezistibile	2.4
irezistibilul	2.4
irezistibila	2.4
inegalabil	2.8
inegalabilă	2.8
inegalabili	2.8
inegalabile	2.8
inegalabilul	2.8
inegalabila	2.8
neîntrecut	2.7
neîntrecută	2.7
neîntrecuți	2.7
neîntrecute	2.7
neîntrecutul	2.7
neîntrecuta	2.7
desăvârșit	2.8
desăvârșită	2.8
desăvârșiți	2.8
desăvârșite	2.8
desăvârșitul	2.8
desăvârșita	2.8
ireproșabil	2.8
ireproșabilă	2.8
ireproșabili	2.8
ireproșabile	2.8
ireproșabilul	2.8
ireproșabila	2.8
memorabil	2.2
memorabilă	2.2
memorabili	2.2
memorabile	2.2
memorabilul	2.2
memorabila	2.2
legendar	2.4
legendară	2.4
legendari	2.4
legendare	2.4
legendarul	2.4
legendara	2.4
epic	2.3
epică	2.3
epici	2.3
epice	2.3
epicul	2.3
epica	2.3
cuminte	1.4
cuminti	1.4
blând	1.6
blândă	1.6
blânzi	1.6
blânde	1.6
blândul	1.6
blânda	1.6
delicat	1.4
delicată	1.4
delicați	1.4
delicate	1.4
delicatul	1.4
delicata	1.4
grijuliu	2.0
grijulie	2.0
grijulii	2.0
grijuliul	2.0
inimos	2.0
inimoasă	2.0
inimoși	2.0
inimoase	2.0
inimosul	2.0
inimoasa	2.0
omenos	2.0
omenoasă	2.0
omenoși	2.0
omenoase	2.0
omenosul	2.0
omenoasa	2.0
cumsecade	2.0
cumsecadi	2.0
vrednic	1.8
vrednică	1.8
vrednici	1.8
vrednice	1.8
vrednicul	1.8
vrednica	1.8
destoinic	1.9
destoinică	1.9
destoinici	1.9
destoinice	1.9
destoinicul	1.9
destoinica	1.9
# --- negative adjectives ---
rea	-2.2
răi	-2.2
rele	-2.2
răul	-2.2
reaua	-2.2
foarte rău	-2.8
foarte rea	-2.8
prostă	-2.3
proste	-2.3
prostul	-2.3
prosta	-2.3
proastă	-2.3
proaste	-2.3
proști	-2.4
foarte prost	-3.0
foarte proastă	-3.0
foarte proaste	-3.0
groaznică	-3.0
groaznici	-3.0
groaznice	-3.0
groaznicul	-3.0
groaznica	-3.0
îngrozitoare	-3.1
îngrozitori	-3.1
îngrozitorul	-3.1
îngrozitoarea	-3.1
oribilă	-3.1
oribili	-3.1
oribile	-3.1
oribilul	-3.1
oribila	-3.1
teribil	-2.8
teribilă	-2.8
teribili	-2.8
teribile	-2.8
teribilul	-2.8
teribila	-2.8
cumplit	-2.9
cumplită	-2.9
cumpliți	-2.9
cumplite	-2.9
cumplitul	-2.9
cumplita	-2.9
jalnic	-2.9
jalnică	-2.9
jalnici	-2.9
jalnice	-2.9
jalnicul	-2.9
jalnica	-2.9
penibil	-2.6
penibilă	-2.6
penibili	-2.6
penibile	-2.6
penibilul	-2.6
penibila	-2.6
lamentabil	-2.8
lamentabilă	-2.8
lamentabili	-2.8
lamentabile	-2.8
lamentabilul	-2.8
lamentabila	-2.8
deplorabil	-2.9
deplorabilă	-2.9
deplorabili	-2.9
deplorabile	-2.9
deplorabilul	-2.9
deplorabila	-2.9
mizerabil	-3.0
mizerabilă	-3.0
mizerabili	-3.0
mizerabile	-3.0
mizerabilul	-3.0
mizerabila	-3.0
execrabil	-3.1
execrabilă	-3.1
execrabili	-3.1
execrabile	-3.1
execrabilul	-3.1
execrabila	-3.1
dezastruos	-3.1
dezastruoasă	-3.1
dezastruoși	-3.1
dezastruoase	-3.1
dezastruosul	-3.1
dezastruoasa	-3.1
catastrofal	-3.1
catastrofală	-3.1
catastrofali	-3.1
catastrofale	-3.1
catastrofalul	-3.1
catastrofala	-3.1
dezgustător	-3.1
dezgustătoare	-3.1
dezgustători	-3.1
dezgustătorul	-3.1
dezgustătoarea	-3.1
scârbos	-3.0
scârboasă	-3.0
scârboși	-3.0
scârboase	-3.0
scârbosul	-3.0
scârboasa	-3.0
respingător	-2.9
respingătoare	-2.9
respingători	-2.9
respingătorul	-2.9
respingătoarea	-2.9
grețos	-2.9
grețoasă	-2.9
grețoși	-2.9
grețoase	-2.9
grețosul	-2.9
grețoasa	-2.9
dezgustat	-2.7
dezgustată	-2.7
dezgustați	-2.7
dezgustate	-2.7
dezgustatul	-2.7
dezgustata	-2.7
scârbit	-2.6
scârbită	-2.6
scârbiți	-2.6
scârbite	-2.6
scârbitul	-2.6
scârbita	-2.6
revoltător	-2.9
revoltătoare	-2.9
revoltători	-2.9
revoltătorul	-2.9
revoltătoarea	-2.9
revoltat	-2.5
revoltată	-2.5
revoltați	-2.5
revoltate	-2.5
revoltatul	-2.5
revoltata	-2.5
inacceptabil	-2.8
inacceptabilă	-2.8
inacceptabili	-2.8
inacceptabile	-2.8
inacceptabilul	-2.8
inacceptabila	-2.8
inadmisibil	-2.7
inadmisibilă	-2.7
inadmisibili	-2.7
inadmisibile	-2.7
inadmisibilul	-2.7
inadmisibila	-2.7
intolerabil	-2.8
intolerabilă	-2.8
intolerabili	-2.8
intolerabile	-2.8
intolerabilul	-2.8
intolerabila	-2.8
insuportabil	-2.8
insuportabilă	-2.8
insuportabili	-2.8
insuportabile	-2.8
insuportabilul	-2.8
insuportabila	-2.8
rușinos	-2.7
rușinoasă	-2.7
rușinoși	-2.7
rușinoase	-2.7
rușinosul	-2.7
rușinoasa	-2.7
jenant	-2.4
jenantă	-2.4
jenanți	-2.4
jenante	-2.4
jenantul	-2.4
jenanta	-2.4
stânjenitor	-2.1
stânjenitoare	-2.1
stânjenitori	-2.1
stânjenitorul	-2.1
stânjenitoarea	-2.1
ridicol	-2.3
ridicolă	-2.3
ridicoli	-2.3
ridicole	-2.3
ridicolul	-2.3
ridicola	-2.3
absurd	-2.0
absurdă	-2.0
absurzi	-2.0
absurde	-2.0
absurdul	-2.0
absurda	-2.0
patetic	-2.4
patetică	-2.4
patetici	-2.4
patetice	-2.4
pateticul	-2.4
patetica	-2.4
mediocră	-1.9
mediocri	-1.9
mediocre	-1.9
slab	-1.8
slabă	-1.8
slabi	-1.8
slabe	-1.8
slabul	-1.8
slaba	-1.8
nasol	-2.3
nasolă	-2.3
nasoli	-2.3
nasole	-2.3
nasolul	-2.3
nasola	-2.3
nașpa	-2.3
urât	-2.1
urâtă	-2.1
urâți	-2.1
urâte	-2.1
urâtul	-2.1
urâta	-2.1
hidos	-2.8
hidoasă	-2.8
hidoși	-2.8
hidoase	-2.8
hidosul	-2.8
hidoasa	-2.8
dezamăgitor	-2.6
dezamăgitoare	-2.6
dezamăgitori	-2.6
dezamăgitorul	-2.6
dezamăgitoarea	-2.6
dezamăgit	-2.5
dezamăgită	-2.5
dezamăgiți	-2.5
dezamăgite	-2.5
dezamăgitul	-2.5
dezamăgita	-2.5
nemulțumit	-2.3
nemulțumită	-2.3
nemulțumiți	-2.3
nemulțumite	-2.3
nemulțumitul	-2.3
nemulțumita	-2.3
nesatisfăcut	-2.0
nesatisfăcută	-2.0
nesatisfăcuți	-2.0
nesatisfăcute	-2.0
nesatisfăcutul	-2.0
nesatisfăcuta	-2.0
supărat	-2.1
supărată	-2.1
supărați	-2.1
supărate	-2.1
supăratul	-2.1
supărata	-2.1
nervos	-1.8
nervoasă	-1.8
nervoși	-1.8
nervoase	-1.8
nervosul	-1.8
nervoasa	-1.8
furios	-2.6
furioasă	-2.6
furioși	-2.6
furioase	-2.6
furiosul	-2.6
furioasa	-2.6
enervat	-2.2
enervată	-2.2
enervați	-2.2
enervate	-2.2
enervatul	-2.2
enervata	-2.2
enervant	-2.3
enervantă	-2.3
enervanți	-2.3
enervante	-2.3
enervantul	-2.3
enervanta	-2.3
iritant	-2.2
iritantă	-2.2
iritanți	-2.2
iritante	-2.2
iritantul	-2.2
iritanta	-2.2
iritat	-1.9
iritată	-1.9
iritați	-1.9
iritate	-1.9
iritatul	-1.9
iritata	-1.9
agasant	-2.0
agasantă	-2.0
agasanți	-2.0
agasante	-2.0
agasantul	-2.0
agasanta	-2.0
frustrant	-2.3
frustrantă	-2.3
frustranți	-2.3
frustrante	-2.3
frustrantul	-2.3
frustranta	-2.3
frustrat	-2.1
frustrată	-2.1
frustrați	-2.1
frustrate	-2.1
frustratul	-2.1
frustrata	-2.1
obosit	-1.2
obosită	-1.2
obosiți	-1.2
obosite	-1.2
obositul	-1.2
obosita	-1.2
obositor	-1.7
obositoare	-1.7
obositori	-1.7
obositorul	-1.7
obositoarea	-1.7
epuizat	-1.8
epuizată	-1.8
epuizați	-1.8
epuizate	-1.8
epuizatul	-1.8
epuizata	-1.8
plictisit	-1.6
plictisită	-1.6
plictisiți	-1.6
plictisite	-1.6
plictisitul	-1.6
plictisita	-1.6
plictisitor	-2.1
plictisitoare	-2.1
plictisitori	-2.1
plictisitorul	-2.1
plictisitoarea	-2.1
trist	-2.2
tristă	-2.2
triști	-2.2
triste	-2.2
tristul	-2.2
trista	-2.2
supărător	-2.0
supărătoare	-2.0
supărători	-2.0
supărătorul	-2.0
supărătoarea	-2.0
nefericit	-2.5
nefericită	-2.5
nefericiți	-2.5
nefericite	-2.5
nefericitul	-2.5
nefericita	-2.5
deprimat	-2.5
deprimată	-2.5
deprimați	-2.5
deprimate	-2.5
deprimatul	-2.5
deprimata	-2.5
deprimant	-2.4
deprimantă	-2.4
deprimanți	-2.4
deprimante	-2.4
deprimantul	-2.4
deprimanta	-2.4
disperat	-2.6
disperată	-2.6
disperați	-2.6
disperate	-2.6
disperatul	-2.6
disperata	-2.6
îngrijorat	-1.8
îngrijorată	-1.8
îngrijorați	-1.8
îngrijorate	-1.8
îngrijoratul	-1.8
îngrijorata	-1.8
îngrijorător	-2.1
îngrijorătoare	-2.1
îngrijorători	-2.1
îngrijorătorul	-2.1
îngrijorătoarea	-2.1
neliniștit	-1.7
neliniștită	-1.7
neliniștiți	-1.7
neliniștite	-1.7
neliniștitul	-1.7
neliniștita	-1.7
speriat	-1.9
speriată	-1.9
speriați	-1.9
speriate	-1.9
speriatul	-1.9
speriata	-1.9
înspăimântător	-2.6
înspăimântătoare	-2.6
înspăimântători	-2.6
înspăimântătorul	-2.6
înspăimântătoarea	-2.6
înfricoșător	-2.4
înfricoșătoare	-2.4
înfricoșători	-2.4
înfricoșătorul	-2.4
înfricoșătoarea	-2.4
periculos	-2.1
periculoasă	-2.1
periculoși	-2.1
periculoase	-2.1
periculosul	-2.1
periculoasa	-2.1
riscant	-1.4
riscantă	-1.4
riscanți	-1.4
riscante	-1.4
riscantul	-1.4
riscanta	-1.4
dăunător	-2.2
dăunătoare	-2.2
dăunători	-2.2
dăunătorul	-2.2
dăunătoarea	-2.2
nociv	-2.2
nocivă	-2.2
nocivi	-2.2
nocive	-2.2
nocivul	-2.2
nociva	-2.2
toxic	-2.3
toxică	-2.3
toxici	-2.3
toxice	-2.3
toxicul	-2.3
toxica	-2.3
otrăvitor	-2.2
otrăvitoare	-2.2
otrăvitori	-2.2
otrăvitorul	-2.2
otrăvitoarea	-2.2
grav	-1.7
gravă	-1.7
gravi	-1.7
grave	-1.7
gravul	-1.7
grava	-1.7
tragic	-2.7
tragică	-2.7
tragici	-2.7
tragice	-2.7
tragicul	-2.7
tragica	-2.7
dramatic	-1.7
dramatică	-1.7
dramatici	-1.7
dramatice	-1.7
dramaticul	-1.7
dramatica	-1.7
fatal	-2.4
fatală	-2.4
fatali	-2.4
fatale	-2.4
fatalul	-2.4
fatala	-2.4
mort	-2.2
mortă	-2.2
morte	-2.2
mortul	-2.2
morta	-2.2
bolnav	-1.8
bolnavă	-1.8
bolnavi	-1.8
bolnave	-1.8
bolnavul	-1.8
bolnava	-1.8
rănit	-2.0
rănită	-2.0
răniți	-2.0
rănite	-2.0
rănitul	-2.0
rănita	-2.0
stricat	-2.4
stricată	-2.4
stricați	-2.4
stricate	-2.4
stricatul	-2.4
stricata	-2.4
defect	-2.5
defectă	-2.5
defecți	-2.5
defecta	-2.5
defectuos	-2.5
defectuoasă	-2.5
defectuoși	-2.5
defectuoase	-2.5
defectuosul	-2.5
defectuoasa	-2.5
deteriorat	-2.3
deteriorată	-2.3
deteriorați	-2.3
deteriorate	-2.3
deterioratul	-2.3
deteriorata	-2.3
spart	-2.2
spartă	-2.2
sparți	-2.2
sparte	-2.2
spartul	-2.2
sparta	-2.2
crăpat	-2.0
crăpată	-2.0
crăpați	-2.0
crăpate	-2.0
crăpatul	-2.0
crăpata	-2.0
zgâriat	-1.7
zgâriată	-1.7
zgâriați	-1.7
zgâriate	-1.7
zgâriatul	-1.7
zgâriata	-1.7
ciobit	-1.8
ciobită	-1.8
ciobiți	-1.8
ciobite	-1.8
ciobitul	-1.8
ciobita	-1.8
lovit	-1.0
lovită	-1.0
loviți	-1.0
lovite	-1.0
lovitul	-1.0
lovita	-1.0
îndoit	-1.3
îndoită	-1.3
îndoiți	-1.3
îndoite	-1.3
îndoitul	-1.3
îndoita	-1.3
murdar	-2.0
murdară	-2.0
murdari	-2.0
murdare	-2.0
murdarul	-2.0
murdara	-2.0
jegoasă	-2.6
jegoși	-2.6
jegoase	-2.6
jegosul	-2.6
jegoasa	-2.6
împuțit	-2.6
împuțită	-2.6
împuțiți	-2.6
împuțite	-2.6
împuțitul	-2.6
împuțita	-2.6
mucegăit	-2.5
mucegăită	-2.5
mucegăiți	-2.5
mucegăite	-2.5
mucegăitul	-2.5
mucegăita	-2.5
expirat	-1.8
expirată	-1.8
expirați	-1.8
expirate	-1.8
expiratul	-1.8
expirata	-1.8
alterat	-2.2
alterată	-2.2
alterați	-2.2
alterate	-2.2
alteratul	-2.2
alterata	-2.2
insipid	-1.7
insipidă	-1.7
insipizi	-1.7
insipide	-1.7
insipidul	-1.7
insipida	-1.7
ars	-1.5
arsă	-1.5
arși	-1.5
arse	-1.5
arsul	-1.5
arsa	-1.5
costisitor	-1.3
costisitoare	-1.3
costisitori	-1.3
costisitorul	-1.3
costisitoarea	-1.3
piperat	-1.2
piperată	-1.2
piperați	-1.2
piperate	-1.2
piperatul	-1.2
piperata	-1.2
lent	-1.7
lentă	-1.7
lenți	-1.7
lente	-1.7
lentul	-1.7
lenta	-1.7
încet	-0.8
încetă	-0.8
înceți	-0.8
încete	-0.8
încetul	-0.8
înceta	-0.8
greoi	-1.6
greoaie	-1.6
greoiul	-1.6
inutilă	-2.3
inutili	-2.3
inutile	-2.3
inutilul	-2.3
inutila	-2.3
nefolositor	-2.2
nefolositoare	-2.2
nefolositori	-2.2
nefolositorul	-2.2
nefolositoarea	-2.2
inutilizabil	-2.7
inutilizabilă	-2.7
inutilizabili	-2.7
inutilizabile	-2.7
inutilizabilul	-2.7
inutilizabila	-2.7
greșit	-1.7
greșită	-1.7
greșiți	-1.7
greșite	-1.7
greșitul	-1.7
greșita	-1.7
eronat	-1.7
eronată	-1.7
eronați	-1.7
eronate	-1.7
eronatul	-1.7
eronata	-1.7
incorect	-2.0
incorectă	-2.0
incorecți	-2.0
incorecte	-2.0
incorectul	-2.0
incorecta	-2.0
fals	-2.3
falsă	-2.3
falși	-2.3
false	-2.3
falsul	-2.3
falsa	-2.3
contrafăcut	-2.6
contrafăcută	-2.6
contrafăcuți	-2.6
contrafăcute	-2.6
contrafăcutul	-2.6
contrafăcuta	-2.6
falsificat	-2.5
falsificată	-2.5
falsificați	-2.5
falsificate	-2.5
falsificatul	-2.5
falsificata	-2.5
înșelător	-2.6
înșelătoare	-2.6
înșelători	-2.6
înșelătorul	-2.6
înșelătoarea	-2.6
mincinos	-2.6
mincinoasă	-2.6
mincinoase	-2.6
mincinosul	-2.6
mincinoasa	-2.6
necinstit	-2.6
necinstită	-2.6
necinstiți	-2.6
necinstite	-2.6
necinstitul	-2.6
necinstita	-2.6
ipocrit	-2.5
ipocrită	-2.5
ipocrite	-2.5
ipocritul	-2.5
ipocrita	-2.5
corupt	-2.9
coruptă	-2.9
corupți	-2.9
corupte	-2.9
coruptul	-2.9
corupta	-2.9
hoță	-2.7
hoțe	-2.7
hoțul	-2.7
hoța	-2.7
incompetent	-2.6
incompetentă	-2.6
incompetenți	-2.6
incompetente	-2.6
incompetentul	-2.6
incapabil	-2.4
incapabilă	-2.4
incapabili	-2.4
incapabile	-2.4
incapabilul	-2.4
incapabila	-2.4
nepriceput	-2.2
nepricepută	-2.2
nepricepuți	-2.2
nepricepute	-2.2
nepriceputul	-2.2
nepriceputa	-2.2
neprofesionist	-2.5
neprofesionistă	-2.5
neprofesioniști	-2.5
neprofesioniste	-2.5
neprofesionistul	-2.5
neprofesionista	-2.5
neserios	-2.4
neserioasă	-2.4
neserioși	-2.4
neserioase	-2.4
neseriosul	-2.4
neserioasa	-2.4
nepoliticos	-2.4
nepoliticoasă	-2.4
nepoliticoși	-2.4
nepoliticoase	-2.4
nepoliticosul	-2.4
nepoliticoasa	-2.4
nesimțit	-2.8
nesimțită	-2.8
nesimțite	-2.8
nesimțitul	-2.8
nesimțita	-2.8
obraznic	-2.2
obraznică	-2.2
obraznici	-2.2
obraznice	-2.2
obraznicul	-2.2
obraznica	-2.2
mojic	-2.5
mojică	-2.5
mojici	-2.5
mojice	-2.5
mojicul	-2.5
mojica	-2.5
bădăran	-2.5
bădărană	-2.5
bădărani	-2.5
bădărane	-2.5
bădăranul	-2.5
bădărana	-2.5
grosolan	-2.3
grosolană	-2.3
grosolani	-2.3
grosolane	-2.3
grosolanul	-2.3
grosolana	-2.3
arogant	-2.4
arogantă	-2.4
aroganți	-2.4
arogante	-2.4
arogantul	-2.4
aroganta	-2.4
îngâmfat	-2.1
îngâmfată	-2.1
îngâmfați	-2.1
îngâmfate	-2.1
îngâmfatul	-2.1
îngâmfata	-2.1
încrezut	-2.0
încrezută	-2.0
încrezuți	-2.0
încrezute	-2.0
încrezutul	-2.0
încrezuta	-2.0
antipatic	-2.1
antipatică	-2.1
antipatici	-2.1
antipatice	-2.1
antipaticul	-2.1
antipatica	-2.1
odios	-2.9
odioasă	-2.9
odioși	-2.9
odioase	-2.9
odiosul	-2.9
odioasa	-2.9
detestabil	-2.7
detestabilă	-2.7
detestabili	-2.7
detestabile	-2.7
detestabilul	-2.7
detestabila	-2.7
prostuț	-1.2
prostuță	-1.2
prostuți	-1.2
prostuțe	-1.2
prostuțul	-1.2
prostuța	-1.2
tâmpit	-2.7
tâmpită	-2.7
tâmpiți	-2.7
tâmpite	-2.7
tâmpitul	-2.7
tâmpita	-2.7
idiot	-2.7
idiotă	-2.7
idioți	-2.7
idiote	-2.7
idiotul	-2.7
idiota	-2.7
imbecil	-2.8
imbecilă	-2.8
imbecili	-2.8
imbecile	-2.8
imbecilul	-2.8
imbecila	-2.8
cretin	-2.7
cretină	-2.7
cretini	-2.7
cretine	-2.7
cretinul	-2.7
cretina	-2.7
nebun	-1.3
nebună	-1.3
nebuni	-1.3
nebune	-1.3
nebunul	-1.3
nebuna	-1.3
dobitoc	-2.7
dobitocă	-2.7
dobitoci	-2.7
dobitoce	-2.7
dobitocul	-2.7
dobitoca	-2.7
retardat	-2.8
retardată	-2.8
retardați	-2.8
retardate	-2.8
retardatul	-2.8
retardata	-2.8
handicapat	-1.8
handicapată	-1.8
handicapați	-1.8
handicapate	-1.8
handicapatul	-1.8
handicapata	-1.8
incult	-2.1
incultă	-2.1
inculți	-2.1
inculte	-2.1
incultul	-2.1
inculta	-2.1
ignorant	-2.0
ignorantă	-2.0
ignoranți	-2.0
ignorante	-2.0
ignorantul	-2.0
ignoranta	-2.0
agramat	-2.0
agramată	-2.0
agramați	-2.0
agramate	-2.0
agramatul	-2.0
agramata	-2.0
rasist	-2.6
rasistă	-2.6
rasiști	-2.6
rasiste	-2.6
rasistul	-2.6
rasista	-2.6
violent	-2.4
violentă	-2.4
violenți	-2.4
violente	-2.4
violentul	-2.4
violenta	-2.4
agresiv	-2.0
agresivă	-2.0
agresivi	-2.0
agresive	-2.0
agresivul	-2.0
agresiva	-2.0
nemilos	-2.5
nemiloasă	-2.5
nemiloși	-2.5
nemiloase	-2.5
nemilosul	-2.5
nemiloasa	-2.5
cinic	-1.6
cinică	-1.6
cinici	-1.6
cinice	-1.6
cinicul	-1.6
cinica	-1.6
egoist	-2.2
egoistă	-2.2
egoiști	-2.2
egoiste	-2.2
egoistul	-2.2
egoista	-2.2
zgârcit	-1.9
zgârcită	-1.9
zgârciți	-1.9
zgârcite	-1.9
zgârcitul	-1.9
zgârcita	-1.9
invidios	-1.9
invidioasă	-1.9
invidioși	-1.9
invidioase	-1.9
invidiosul	-1.9
invidioasa	-1.9
gelos	-1.2
geloasă	-1.2
geloși	-1.2
geloase	-1.2
gelosul	-1.2
geloasa	-1.2
mârșav	-3.0
mârșavă	-3.0
mârșavi	-3.0
mârșave	-3.0
mârșavul	-3.0
mârșava	-3.0
josnic	-2.8
josnică	-2.8
josnici	-2.8
josnice	-2.8
josnicul	-2.8
josnica	-2.8
ticăloasă	-2.9
ticăloase	-2.9
ticălosul	-2.9
ticăloasa	-2.9
nemernică	-2.9
nemernice	-2.9
nemernicul	-2.9
nemernica	-2.9
infect	-2.9
infectă	-2.9
infecți	-2.9
infecte	-2.9
infectul	-2.9
infecta	-2.9
abject	-3.0
abjectă	-3.0
abjecți	-3.0
abjecte	-3.0
abjectul	-3.0
abjecta	-3.0
jignitor	-2.4
jignitoare	-2.4
jignitori	-2.4
jignitorul	-2.4
jignitoarea	-2.4
jignit	-2.0
jignită	-2.0
jigniți	-2.0
jignite	-2.0
jignitul	-2.0
jignita	-2.0
ofensator	-2.3
ofensatoare	-2.3
ofensatori	-2.3
ofensatorul	-2.3
ofensatoarea	-2.3
ofensat	-1.9
ofensată	-1.9
ofensați	-1.9
ofensate	-1.9
ofensatul	-1.9
ofensata	-1.9
umilitor	-2.5
umilitoare	-2.5
umilitori	-2.5
umilitorul	-2.5
umilitoarea	-2.5
umilit	-2.3
umilită	-2.3
umiliți	-2.3
umilite	-2.3
umilitul	-2.3
umilita	-2.3
rușinat	-1.6
rușinată	-1.6
rușinați	-1.6
rușinate	-1.6
rușinatul	-1.6
rușinata	-1.6
vinovat	-1.8
vinovată	-1.8
vinovați	-1.8
vinovate	-1.8
vinovatul	-1.8
vinovata	-1.8
nedrept	-2.3
nedreptă	-2.3
nedrepți	-2.3
nedrepte	-2.3
nedreptul	-2.3
nedrepta	-2.3
nejustificat	-1.8
nejustificată	-1.8
nejustificați	-1.8
nejustificate	-1.8
nejustificatul	-1.8
nejustificata	-1.8
nesigur	-1.3
nesigură	-1.3
nesiguri	-1.3
nesigure	-1.3
nesigurul	-1.3
nesigura	-1.3
instabil	-1.4
instabilă	-1.4
instabili	-1.4
instabile	-1.4
instabilul	-1.4
instabila	-1.4
fragil	-1.0
fragilă	-1.0
fragili	-1.0
fragile	-1.0
fragilul	-1.0
fragila	-1.0
slăbuț	-1.1
slăbuță	-1.1
slăbuți	-1.1
slăbuțe	-1.1
slăbuțul	-1.1
slăbuța	-1.1
sărac	-1.5
săracă	-1.5
săraci	-1.5
sărace	-1.5
săracul	-1.5
săraca	-1.5
nenorocit	-2.9
nenorocită	-2.9
nenorociți	-2.9
nenorocite	-2.9
nenorocitul	-2.9
nenorocita	-2.9
blestemat	-2.6
blestemată	-2.6
blestemați	-2.6
blestemate	-2.6
blestematul	-2.6
blestemata	-2.6
afurisit	-2.4
afurisită	-2.4
afurisiți	-2.4
afurisite	-2.4
afurisitul	-2.4
afurisita	-2.4
amărât	-1.9
amărâtă	-1.9
amărâți	-1.9
amărâte	-1.9
amărâtul	-1.9
amărâta	-1.9
nefast	-2.3
nefastă	-2.3
nefaști	-2.3
nefaste	-2.3
nefastul	-2.3
nefasta	-2.3
confuz	-1.3
confuză	-1.3
confuzi	-1.3
confuze	-1.3
confuzul	-1.3
confuza	-1.3
haotic	-1.8
haotică	-1.8
haotici	-1.8
haotice	-1.8
haoticul	-1.8
haotica	-1.8
dezordonat	-1.5
dezordonată	-1.5
dezordonați	-1.5
dezordonate	-1.5
dezordonatul	-1.5
dezordonata	-1.5
complicat	-1.2
complicată	-1.2
complicați	-1.2
complicate	-1.2
complicatul	-1.2
complicata	-1.2
dificil	-1.2
dificilă	-1.2
dificili	-1.2
dificile	-1.2
dificilul	-1.2
dificila	-1.2
grea	-0.9
grei	-0.9
grele	-0.9
anevoios	-1.5
anevoioasă	-1.5
anevoioși	-1.5
anevoioase	-1.5
anevoiosul	-1.5
anevoioasa	-1.5
stresant	-2.0
stresantă	-2.0
stresanți	-2.0
stresante	-2.0
stresantul	-2.0
stresanta	-2.0
stresat	-1.9
stresată	-1.9
stresați	-1.9
stresate	-1.9
stresatul	-1.9
stresata	-1.9
deranjant	-1.9
deranjantă	-1.9
deranjanți	-1.9
deranjante	-1.9
deranjantul	-1.9
deranjanta	-1.9
deranjat	-1.5
deranjată	-1.5
deranjați	-1.5
deranjate	-1.5
deranjatul	-1.5
deranjata	-1.5
zgomotos	-1.5
zgomotoasă	-1.5
zgomotoși	-1.5
zgomotoase	-1.5
zgomotosul	-1.5
zgomotoasa	-1.5
incomod	-1.7
incomodă	-1.7
incomozi	-1.7
incomode	-1.7
incomodul	-1.7
incomoda	-1.7
strâmt	-1.0
strâmtă	-1.0
strâmți	-1.0
strâmte	-1.0
strâmtul	-1.0
strâmta	-1.0
înghesuit	-1.4
înghesuită	-1.4
înghesuiți	-1.4
înghesuite	-1.4
înghesuitul	-1.4
înghesuita	-1.4
neplăcut	-2.1
neplăcută	-2.1
neplăcuți	-2.1
neplăcute	-2.1
neplăcutul	-2.1
neplăcuta	-2.1
dezagreabil	-2.1
dezagreabilă	-2.1
dezagreabili	-2.1
dezagreabile	-2.1
dezagreabilul	-2.1
dezagreabila	-2.1
neglijent	-2.3
neglijentă	-2.3
neglijenți	-2.3
neglijente	-2.3
neglijentul	-2.3
iresponsabil	-2.4
iresponsabilă	-2.4
iresponsabili	-2.4
iresponsabile	-2.4
iresponsabilul	-2.4
iresponsabila	-2.4
nefiabil	-2.3
nefiabilă	-2.3
nefiabili	-2.3
nefiabile	-2.3
nefiabilul	-2.3
nefiabila	-2.3
nedisponibil	-1.3
nedisponibilă	-1.3
nedisponibili	-1.3
nedisponibile	-1.3
nedisponibilul	-1.3
nedisponibila	-1.3
indisponibil	-1.3
indisponibilă	-1.3
indisponibili	-1.3
indisponibile	-1.3
indisponibilul	-1.3
indisponibila	-1.3
anulat	-1.0
anulată	-1.0
anulați	-1.0
anulate	-1.0
anulatul	-1.0
anulata	-1.0
blocat	-1.6
blocată	-1.6
blocați	-1.6
blocate	-1.6
blocatul	-1.6
blocata	-1.6
pierdut	-1.6
pierdută	-1.6
pierduți	-1.6
pierdute	-1.6
pierdutul	-1.6
pierduta	-1.6
rătăcit	-1.5
rătăcită	-1.5
rătăciți	-1.5
rătăcite	-1.5
rătăcitul	-1.5
rătăcita	-1.5
abandonat	-2.0
abandonată	-2.0
abandonați	-2.0
abandonate	-2.0
abandonatul	-2.0
abandonata	-2.0
ignorat	-1.7
ignorată	-1.7
ignorați	-1.7
ignorate	-1.7
ignoratul	-1.7
ignorata	-1.7
întârziat	-2.0
întârziată	-2.0
întârziați	-2.0
întârziate	-2.0
întârziatul	-2.0
întârziata	-2.0
incomplet	-1.5
incompletă	-1.5
incompleți	-1.5
incomplete	-1.5
incompletul	-1.5
incompleta	-1.5
învechit	-1.3
învechită	-1.3
învechiți	-1.3
învechite	-1.3
învechitul	-1.3
învechita	-1.3
depășit	-1.2
depășită	-1.2
depășiți	-1.2
depășite	-1.2
depășitul	-1.2
depășita	-1.2
uzat	-1.4
uzată	-1.4
uzați	-1.4
uzate	-1.4
uzatul	-1.4
uzata	-1.4
ieftinel	0.5
ieftinelă	0.5
ieftineli	0.5
ieftinele	0.5
ieftinelul	0.5
ieftinela	0.5
imposibil	-1.3
imposibilă	-1.3
imposibili	-1.3
imposibile	-1.3
imposibilul	-1.3
imposibila	-1.3
inaccesibil	-1.5
inaccesibilă	-1.5
inaccesibili	-1.5
inaccesibile	-1.5
inaccesibilul	-1.5
inaccesibila	-1.5
șubred	-1.9
șubredă	-1.9
șubrezi	-1.9
șubrede	-1.9
șubredul	-1.9
șubreda	-1.9
pleoștit	-1.5
pleoștită	-1.5
pleoștiți	-1.5
pleoștite	-1.5
pleoștitul	-1.5
pleoștita	-1.5
ofilit	-1.4
ofilită	-1.4
ofiliți	-1.4
ofilite	-1.4
ofilitul	-1.4
ofilita	-1.4
leneș	-1.5
leneșă	-1.5
leneși	-1.5
leneșe	-1.5
leneșul	-1.5
leneșa	-1.5
răsfățat	-1.2
răsfățată	-1.2
răsfățați	-1.2
răsfățate	-1.2
răsfățatul	-1.2
răsfățata	-1.2
isteric	-1.9
isterică	-1.9
isterici	-1.9
isterice	-1.9
istericul	-1.9
isterica	-1.9
paranoic	-1.6
paranoică	-1.6
paranoici	-1.6
paranoice	-1.6
paranoicul	-1.6
paranoica	-1.6
malefic	-2.5
malefică	-2.5
malefici	-2.5
malefice	-2.5
maleficul	-2.5
malefica	-2.5
diabolic	-2.3
diabolică	-2.3
diabolici	-2.3
diabolice	-2.3
diabolicul	-2.3
diabolica	-2.3
pervers	-2.2
perversă	-2.2
perverși	-2.2
perverse	-2.2
perversul	-2.2
perversa	-2.2
monstruos	-2.5
monstruoasă	-2.5
monstruoși	-2.5
monstruoase	-2.5
monstruosul	-2.5
monstruoasa	-2.5
grotesc	-2.0
grotescă	-2.0
grotești	-2.0
grotesce	-2.0
grotescul	-2.0
grotesca	-2.0
nedemn	-2.5
nedemnă	-2.5
nedemni	-2.5
nedemne	-2.5
nedemnul	-2.5
nedemna	-2.5
inuman	-2.8
inumană	-2.8
inumani	-2.8
inumane	-2.8
inumanul	-2.8
inumana	-2.8
barbar	-2.5
barbară	-2.5
barbari	-2.5
barbare	-2.5
barbarul	-2.5
barbara	-2.5
brutal	-2.6
brutală	-2.6
brutali	-2.6
brutale	-2.6
brutalul	-2.6
brutala	-2.6
sângeros	-2.5
sângeroasă	-2.5
sângeroși	-2.5
sângeroase	-2.5
sângerosul	-2.5
sângeroasa	-2.5
criminal	-2.8
criminală	-2.8
criminali	-2.8
criminale	-2.8
criminalul	-2.8
criminala	-2.8
penal	-2.4
penală	-2.4
penale	-2.4
penalul	-2.4
penala	-2.4
banal	-1.3
banală	-1.3
banali	-1.3
banale	-1.3
banalul	-1.3
banala	-1.3
previzibil	-1.0
previzibilă	-1.0
previzibili	-1.0
previzibile	-1.0
previzibilul	-1.0
previzibila	-1.0
repetitiv	-1.2
repetitivă	-1.2
repetitivi	-1.2
repetitive	-1.2
repetitivul	-1.2
repetitiva	-1.2
monoton	-1.4
monotonă	-1.4
monotoni	-1.4
monotone	-1.4
monotonul	-1.4
monotona	-1.4
nesemnificativ	-0.8
nesemnificativă	-0.8
nesemnificativi	-0.8
nesemnificative	-0.8
nesemnificativul	-0.8
nesemnificativa	-0.8
neinteresant	-1.6
neinteresantă	-1.6
neinteresanți	-1.6
neinteresante	-1.6
neinteresantul	-1.6
neinteresanta	-1.6
neatent	-1.4
neatentă	-1.4
neatenți	-1.4
neatente	-1.4
neatentul	-1.4
neatenta	-1.4
nepăsător	-2.0
nepăsătoare	-2.0
nepăsători	-2.0
nepăsătorul	-2.0
nepăsătoarea	-2.0
indiferent	-1.3
indiferentă	-1.3
indiferenți	-1.3
indiferente	-1.3
indiferentul	-1.3
ok	0.9
okay	0.9
okk	0.9
cool	1.8
top	2.3
beton	1.8
brici	2.2
mișto	2.3
misto	2.3
naspa	-2.3
meseriaș	2.2
meserie	1.6
lipsă	-1.3
kitsch	-1.8
sinceră	1.5
sinceri	1.5
simplu	0.4
simplă	0.4
simpli	0.4
simple	0.4
mândru	1.9
mândră	1.9
mândri	1.9
mândre	1.9
mândrul	1.9
tandru	1.9
tandră	1.9
tandri	1.9
tandre	1.9
sinistru	-2.3
sinistră	-2.3
sinistre	-2.3
lugubru	-2.0
lugubră	-2.0
greu	-0.9
mediocru	-1.9
mediocrul	-1.9
nou-nouț	1.4
# --- more general vocabulary ---
fad	-1.6
fadă	-1.6
fade	-1.6
tupeu	-1.9
tupeul	-1.9
cu tupeu	-2.0
își bat joc	-2.8
isi bat joc	-2.8
își bate joc	-2.7
isi bate joc	-2.7
ne batem joc	-2.4
bat joc	-2.4
fail	-1.8
epic fail	-2.4
wtf	-1.6
omg	0.3
bad	-2.0
good	1.8
great	2.2
awesome	2.6
sad	-1.8
love it	2.6
aiurea	-1.5
ciudat	-0.8
ciudată	-0.8
ciudați	-0.8
ciudate	-0.8
ciudatul	-0.8
ciudata	-0.8
bețiv	-2.0
bețivă	-2.0
bețivi	-2.0
bețive	-2.0
bețivul	-2.0
bețiva	-2.0
căpiat	-2.3
căpiată	-2.3
căpiați	-2.3
căpiate	-2.3
căpiatul	-2.3
căpiata	-2.3
represiv	-2.0
represivă	-2.0
represivi	-2.0
represive	-2.0
represivul	-2.0
represiva	-2.0
îngenuncheat	-2.0
îngenuncheată	-2.0
îngenuncheați	-2.0
îngenuncheate	-2.0
îngenuncheatul	-2.0
îngenuncheata	-2.0
în cur	-2.2
in cur	-2.2
lista neagră	-1.5
scârțâie	-1.2
spam	-1.5
la mila	-1.0
infarct	-2.0
pedofil	-3.0
pedofili	-3.0
nenorocire	-2.7
nenorocirea	-2.7
calamitate	-2.6
jale	-2.4
tristețe	-2.3
dezolant	-2.5
dezolantă	-2.5
dezolanți	-2.5
dezolante	-2.5
dezolantul	-2.5
dezolanta	-2.5
haos total	-2.6
bătaie	-1.0
bătăi	-1.6
scandal monstru	-2.8
scandalos	-2.6
scandaloasă	-2.6
scandaloși	-2.6
scandaloase	-2.6
scandalosul	-2.6
scandaloasa	-2.6
hoție	-2.8
șmecherie	-1.8
șmecherii	-1.8
smecherie	-1.8
țepuit	-2.8
furăciune	-2.8
furaciune	-2.8
prăpădit	-2.0
prăpădită	-2.0
prăpădiți	-2.0
prăpădite	-2.0
prăpăditul	-2.0
prăpădita	-2.0
sărac lipit	-2.2
sărăcăcios	-1.8
sărăcăcioasă	-1.8
sărăcăcioși	-1.8
sărăcăcioase	-1.8
sărăcăciosul	-1.8
sărăcăcioasa	-1.8
ponosit	-1.8
ponosită	-1.8
ponosiți	-1.8
ponosite	-1.8
ponositul	-1.8
ponosita	-1.8
jerpelit	-1.8
jerpelită	-1.8
jerpeliți	-1.8
jerpelite	-1.8
jerpelitul	-1.8
jerpelita	-1.8
urât mirositor	-2.0
urât mirositoare	-2.0
urât mirositori	-2.0
urât mirositorul	-2.0
urât mirositoarea	-2.0
sinucigaș	-1.5
sinucigașă	-1.5
sinucigași	-1.5
sinucigașe	-1.5
sinucigașul	-1.5
sinucigașa	-1.5
stricăciuni	-2.0
defectat	-2.5
defectată	-2.5
defectați	-2.5
defectate	-2.5
defectatul	-2.5
defectata	-2.5
topit	-1.3
topită	-1.3
topiți	-1.3
topite	-1.3
topitul	-1.3
topita	-1.3
bombat	-1.5
bombată	-1.5
bombați	-1.5
bombate	-1.5
bombatul	-1.5
bombata	-1.5
umflat	-1.4
umflată	-1.4
umflați	-1.4
umflate	-1.4
umflatul	-1.4
umflata	-1.4
rupt	-2.1
ruptă	-2.1
rupți	-2.1
rupte	-2.1
ruptul	-2.1
rupta	-2.1
desfăcut	-1.4
desfăcută	-1.4
desfăcuți	-1.4
desfăcute	-1.4
desfăcutul	-1.4
desfăcuta	-1.4
dezlipit	-2.1
dezlipită	-2.1
dezlipiți	-2.1
dezlipite	-2.1
dezlipitul	-2.1
dezlipita	-2.1
decolorat	-1.9
decolorată	-1.9
decolorați	-1.9
decolorate	-1.9
decoloratul	-1.9
decolorata	-1.9
deformat	-2.0
deformată	-2.0
deformați	-2.0
deformate	-2.0
deformatul	-2.0
deformata	-2.0
ruginit	-2.0
ruginită	-2.0
ruginiți	-2.0
ruginite	-2.0
ruginitul	-2.0
ruginita	-2.0
pătat	-1.8
pătată	-1.8
pătați	-1.8
pătate	-1.8
pătatul	-1.8
pătata	-1.8
prăfuit	-1.5
prăfuită	-1.5
prăfuiți	-1.5
prăfuite	-1.5
prăfuitul	-1.5
prăfuita	-1.5
îmbâcsit	-1.8
îmbâcsită	-1.8
îmbâcsiți	-1.8
îmbâcsite	-1.8
îmbâcsitul	-1.8
îmbâcsita	-1.8
se încălzește	-1.5
se incalzeste	-1.5
se aude prost	-2.3
se aude încet	-1.6
se aude slab	-1.9
se vede prost	-2.3
se descarcă	-1.2
se descarca	-1.2
nu ține bateria	-2.3
bateria nu ține	-2.3
bateria ține mult	2.2
bateria tine mult	2.2
ține bateria	1.5
tine bateria	1.5
ține foarte bine	2.2
tine foarte bine	2.2
merge greu	-1.8
merge încet	-1.8
merge incet	-1.8
merge foarte greu	-2.3
merge repede	1.8
se mișcă greu	-1.8
se misca greu	-1.8
se mișcă repede	1.8
se misca repede	1.8
se mișcă bine	2.0
se misca bine	2.0
se mișcă foarte bine	2.5
se misca foarte bine	2.5
rulează bine	2.0
ruleaza bine	2.0
încarcă repede	1.8
incarca repede	1.8
se încarcă greu	-1.9
se incarca greu	-1.9
după o lună	-0.8
dupa o luna	-0.8
după două zile	-0.8
după câteva zile	-0.8
după o săptămână	-0.8
a murit după	-2.5
a murit dupa	-2.5
mort după	-2.4
am reclamat	-1.8
am sunat de	-1.3
nimeni nu răspunde	-2.4
nimeni nu raspunde	-2.4
nu răspunde nimeni	-2.4
nu raspunde nimeni	-2.4
nu ne-a contactat nimeni	-2.2
m-au plimbat	-2.2
plimbat de colo colo	-2.4
de colo colo	-1.5
m-au amânat	-2.0
tot amână	-2.0
au anulat comanda	-2.2
mi-au anulat comanda	-2.3
am primit altceva	-2.2
am primit alt produs	-2.2
am primit produsul greșit	-2.4
lipsește	-1.5
lipseste	-1.5
lipsesc	-1.5
a lipsit	-1.5
lipsă piese	-2.0
fără cutie	-1.0
fara cutie	-1.0
resigilat	-0.5
sigilat	0.6
ambalat bine	1.8
bine ambalat	1.8
ambalaj deteriorat	-2.1
ambalaj rupt	-2.1
ambalat prost	-2.1
curier amabil	2.0
curierul a fost amabil	2.2
curier nesimțit	-2.7
curierul nu a venit	-2.2
curierul n-a venit	-2.2
uluitor	2.6
uluitoare	2.6
uluitori	2.6
uluitorul	2.6
uluitoarea	2.6
năucitor	1.6
năucitoare	1.6
năucitori	1.6
năucitorul	1.6
năucitoarea	1.6
trăsnet	1.8
trăsnetă	1.8
trăsneți	1.8
trăsnete	1.8
trăsnetul	1.8
trăsneta	1.8
e bombă	2.2
e beton	2.2
e brici	2.3
e marfă	2.2
e mișto	2.3
e misto	2.3
e top	2.3
e super	2.2
e foarte bun	2.6
e foarte bună	2.6
e ok	1.0
suportabil	0.2
suportabilă	0.2
suportabili	0.2
suportabile	0.2
suportabilul	0.2
suportabila	0.2
mulțumitor	1.5
mulțumitoare	1.5
mulțumitori	1.5
mulțumitorul	1.5
mulțumitoarea	1.5
bunicelă	1.2
buniceli	1.2
bunicelul	1.2
bunicela	1.2
frumușel	1.6
frumușelă	1.6
frumușeli	1.6
frumușele	1.6
frumușelul	1.6
frumușela	1.6
drăgălaș	2.1
drăgălașă	2.1
drăgălași	2.1
drăgălașe	2.1
drăgălașul	2.1
drăgălașa	2.1
dulceag	0.6
dulceagă	0.6
dulceagi	0.6
dulceage	0.6
dulceagul	0.6
dulceaga	0.6
sclipitor	2.3
sclipitoare	2.3
sclipitori	2.3
sclipitorul	2.3
sclipitoarea	2.3
strălucit	2.3
strălucită	2.3
străluciți	2.3
strălucite	2.3
strălucitul	2.3
strălucita	2.3
strălucitor	1.7
strălucitoare	1.7
strălucitori	1.7
strălucitorul	1.7
strălucitoarea	1.7
super tare	2.4
foarte tare	2.0
cel mai tare	2.6
cea mai tare	2.6
mai tare	0.5
tare de tot	2.2
tare rău	-2.8
tare bine	2.4
tare frumos	2.6
de vis	2.6
ca în vis	2.4
ca-n povești	2.4
ca in povesti	2.4
de poveste	2.5
de nota zece	2.9
bine de tot	2.2
bun de tot	2.2
fain de tot	2.4
nu-mi place	-2.0
nu îmi place	-2.0
nu imi place	-2.0
nu ne place	-2.0
nu mi-a plăcut	-2.2
nu mi-a placut	-2.2
nu mi-au plăcut	-2.2
nu ne-a plăcut	-2.2
ce mi-a plăcut	1.5
mi-a plăcut mult	2.6
mi-a placut mult	2.6
îmi place mult	2.6
imi place mult	2.6
îmi place foarte mult	2.9
imi place foarte mult	2.9
îmi plac mult	2.6
sunt fan	2.2
fan	0.8
mare fan	2.0
ador asta	2.9
în sfârșit	1.0
in sfarsit	1.0
slavă domnului	1.5
slava domnului	1.5
mulțumesc lui dumnezeu	1.7
dumnezeu să-l ierte	-1.2
dumnezeu sa-l ierte	-1.2
dumnezeu să o ierte	-1.2
dumnezeu să-i odihnească	-1.2
dumnezeu sa-i odihneasca	-1.2
condoleanțe	-1.4
condoleante	-1.4
sincere condoleanțe	-1.4
odihnă veșnică	-1.2
odihna vesnica	-1.2
rip	-1.4
drum lin	-0.8
pierdere grea	-2.4
o mare pierdere	-2.4
ne-a părăsit	-2.0
ne-a parasit	-2.0
a plecat dintre noi	-2.0
a încetat din viață	-2.3
a incetat din viata	-2.3
și-a pierdut viața	-2.6
si-a pierdut viata	-2.6
și-au pierdut viața	-2.6
și-a pierdut	-1.5
au pierdut	-1.5
a pierdut	-1.2
am pierdut	-1.4
pierde	-1.0
pierd	-1.0
a câștigat	1.7
a castigat	1.7
au câștigat	1.8
au castigat	1.8
câștigăm	1.8
castigam	1.8
hai că se poate	2.0
hai ca se poate	2.0
se poate	0.3
hai românia	1.8
hai romania	1.8
haide	0.3
hai	0.2
bravo lor	2.5
bravo lui	2.5
bravo ei	2.5
bravo vouă	2.5
bravo voua	2.5
bravo tie	2.5
bravo ție	2.5
respect maxim	2.6
tot respectul	2.5
cu tot respectul	0.3
toată stima	2.3
toata stima	2.3
toată admirația	2.6
toata admiratia	2.6
felicitări din suflet	2.8
felicitari din suflet	2.8
mă bucur mult	2.6
ma bucur mult	2.6
mă bucur enorm	3.0
ma bucur enorm	3.0
abia aștept	2.2
abia astept	2.2
de abia aștept	2.2
nu mai am răbdare	1.2
mi-e dor	0.6
mi-e dor de	0.6
dor	0.6
mi-e frică	-1.8
mi-e frica	-1.8
mi-e teamă	-1.6
mi-e teama	-1.6
mi-e rușine	-2.0
mi-e rusine	-2.0
mi-e scârbă	-2.9
mi-e scarba	-2.9
mi-e greață	-2.6
mi-e greata	-2.6
mi-e milă	-1.2
mi-e mila	-1.2
mi-e lehamite	-2.4
lehamite	-2.3
silă	-2.4
sila	-2.0
scârbă de	-2.8
mi-e silă	-2.7
mi-e sila	-2.7
m-a enervat	-2.4
m-au enervat	-2.4
m-a scos din sărite	-2.6
scos din sărite	-2.5
scos din sarite	-2.5
mă scoate din minți	-2.5
ma scoate din minti	-2.5
îmi vine să plâng	-2.0
imi vine sa plang	-2.0
îmi vine să vomit	-2.8
imi vine sa vomit	-2.8
vomitiv	-2.9
vomitivă	-2.9
vomitivi	-2.9
vomitive	-2.9
vomitivul	-2.9
vomitiva	-2.9
la naiba cu	-2.2
la dracu cu	-2.3
marș	-0.8
ieși afară	-1.8
iesi afara	-1.8
afară cu	-1.6
jos cu	-1.8
jos guvernul	-2.0
demisia acum	-2.0
nu mai pot de	-1.2
nu mai pot de bine	2.4
de bine ce	-0.4
atât de bine	2.6
atat de bine	2.6
nu-i bine	-1.6
nu e bine	-1.6
nu este bine	-1.6
nu e ok	-1.6
nu este ok	-1.6
nu e normal	-2.0
nu este normal	-2.0
nu e corect	-1.9
nu este corect	-1.9
nu e în regulă	-1.8
nu e in regula	-1.8
nu e frumos	-1.8
nu e frumos din partea	-2.2
nu e de mirare	-0.6
nu mă mir	-0.6
nu ma mir	-0.6
nu-i de glumă	-1.4
tipic	-0.8
halal	-2.2
halal să vă fie	-2.8
halal sa va fie	-2.8
ce să zic	-0.6
ce sa zic	-0.6
mă rog	-0.5
ma rog	-0.5
na	-0.3
aha	-0.1
ha	-0.2
# --- breadth: everyday positive vocabulary ---
poftă	0.8
pofta	0.8
poftă mare	1.6
pofta mare	1.6
yummy	2.2
yum	1.8
xoxo	2.0
thank you	1.8
thanks	1.6
promoții	0.8
promotii	0.8
promoție	0.7
promotie	0.7
super-reduceri	1.5
super reduceri	1.5
super ofertă	1.8
super oferta	1.8
ofertă bună	1.6
oferta buna	1.6
preț super	2.0
pret super	2.0
atractiv	1.4
atractivă	1.4
atractivi	1.4
atractive	1.4
atractivul	1.4
atractiva	1.4
farmec	1.6
farmecul	1.6
fermecat	1.8
fermecată	1.8
fermecați	1.8
fermecate	1.8
fermecatul	1.8
fermecata	1.8
strălucește	1.4
straluceste	1.4
profund	0.8
profundă	0.8
profunzi	0.8
profunde	0.8
profundul	0.8
profunda	0.8
dorit	0.8
dorită	0.8
doriți	0.8
dorite	0.8
doritul	0.8
dorita	0.8
cele mai dorite	1.4
mult așteptat	1.6
mult asteptat	1.6
mult așteptată	1.6
mult asteptata	1.6
trăiască	1.6
traiasca	1.6
să trăiască	1.7
sa traiasca	1.7
petrecere	1.4
petreceri	1.3
distracție plăcută	2.2
distractie placuta	2.2
vacanță plăcută	2.0
vacanta placuta	2.0
weekend plăcut	2.0
weekend placut	2.0
weekend frumos	2.0
week-end plăcut	2.0
spor la treabă	1.6
spor la treaba	1.6
spor	1.0
numai bine	1.8
toate cele bune	1.9
cele bune	1.4
pe curând	0.6
ne vedem curând	0.8
zi minunată	2.6
zi minunata	2.6
zi superbă	2.8
vreme frumoasă	1.8
vreme frumoasa	1.8
soare	0.8
însorit	1.0
primăvară	0.8
primavara	0.8
vreme urâtă	-1.6
vreme urata	-1.6
frig	-0.8
ger	-0.8
caniculă	-1.4
canicula	-1.4
zăpușeală	-1.5
dichisit	1.4
dichisită	1.4
dichisiți	1.4
dichisite	1.4
dichisitul	1.4
dichisita	1.4
aranjat	1.0
aranjată	1.0
aranjați	1.0
aranjate	1.0
aranjatul	1.0
aranjata	1.0
cochet	1.8
cochetă	1.8
cocheți	1.8
cochete	1.8
cochetul	1.8
cocheta	1.8
pitoresc	2.0
pitorescă	2.0
pitorești	2.0
pitoresce	2.0
pitorescul	2.0
pitoresca	2.0
idilic	2.4
idilică	2.4
idilici	2.4
idilice	2.4
idilicul	2.4
idilica	2.4
feeric	2.6
feerică	2.6
feerici	2.6
feerice	2.6
feericul	2.6
feerica	2.6
grandios	2.4
grandioasă	2.4
grandioși	2.4
grandioase	2.4
grandiosul	2.4
grandioasa	2.4
maiestuos	2.3
maiestuoasă	2.3
maiestuoși	2.3
maiestuoase	2.3
maiestuosul	2.3
maiestuoasa	2.3
luxos	1.6
luxoasă	1.6
luxoși	1.6
luxoase	1.6
luxosul	1.6
luxoasa	1.6
somptuos	2.0
somptuoasă	2.0
somptuoși	2.0
somptuoase	2.0
somptuosul	2.0
somptuoasa	2.0
exclusivist	0.8
exclusivistă	0.8
exclusiviști	0.8
exclusiviste	0.8
exclusivistul	0.8
exclusivista	0.8
premiumă	1.4
premiumi	1.4
premiume	1.4
premiumul	1.4
premiuma	1.4
premium	1.4
ușurel	0.8
ușurelă	0.8
ușureli	0.8
ușurele	0.8
ușurelul	0.8
ușurela	0.8
versatil	1.6
versatilă	1.6
versatili	1.6
versatile	1.6
versatilul	1.6
versatila	1.6
multifuncțional	1.3
multifuncțională	1.3
multifuncționali	1.3
multifuncționale	1.3
multifuncționalul	1.3
multifuncționala	1.3
nobil	1.8
nobilă	1.8
nobili	1.8
nobile	1.8
nobilul	1.8
nobila	1.8
inspirat	1.8
inspirată	1.8
inspirați	1.8
inspirate	1.8
inspiratul	1.8
inspirata	1.8
inspirațional	1.9
inspirațională	1.9
inspiraționali	1.9
inspiraționale	1.9
inspiraționalul	1.9
inspiraționala	1.9
motivant	1.9
motivantă	1.9
motivanți	1.9
motivante	1.9
motivantul	1.9
motivanta	1.9
motivațional	1.6
motivațională	1.6
motivaționali	1.6
motivaționale	1.6
motivaționalul	1.6
motivaționala	1.6
educativ	1.2
educativă	1.2
educativi	1.2
educative	1.2
educativul	1.2
educativa	1.2
instructiv	1.4
instructivă	1.4
instructivi	1.4
instructive	1.4
instructivul	1.4
instructiva	1.4
productiv	1.4
productivă	1.4
productivi	1.4
productive	1.4
productivul	1.4
productiva	1.4
proactiv	1.4
proactivă	1.4
proactivi	1.4
proactive	1.4
proactivul	1.4
proactiva	1.4
creativ	1.7
creativă	1.7
creativi	1.7
creative	1.7
creativul	1.7
creativa	1.7
ingenios	2.1
ingenioasă	2.1
ingenioși	2.1
ingenioase	2.1
ingeniosul	2.1
ingenioasa	2.1
briliant	2.6
briliantă	2.6
brilianți	2.6
briliante	2.6
briliantul	2.6
brilianta	2.6
excepțional	3.0
excepțională	3.0
excepționali	3.0
excepționale	3.0
excepționalul	3.0
excepționala	3.0
notabil	1.5
notabilă	1.5
notabili	1.5
notabile	1.5
notabilul	1.5
notabila	1.5
demn de laudă	2.2
demn de laudăa	2.2
exemplar	2.2
exemplară	2.2
exemplari	2.2
exemplare	2.2
exemplarul	2.2
exemplara	2.2
eroic	2.3
eroică	2.3
eroici	2.3
eroice	2.3
eroicul	2.3
eroica	2.3
hotărât	1.1
hotărâtă	1.1
hotărâți	1.1
hotărâte	1.1
hotărâtul	1.1
hotărâta	1.1
determinat	1.1
determinată	1.1
determinați	1.1
determinate	1.1
determinatul	1.1
determinata	1.1
ambițios	1.2
ambițioasă	1.2
ambițioși	1.2
ambițioase	1.2
ambițiosul	1.2
ambițioasa	1.2
conștiincios	1.8
conștiincioasă	1.8
conștiincioși	1.8
conștiincioase	1.8
conștiinciosul	1.8
conștiincioasa	1.8
responsabil	1.5
responsabilă	1.5
responsabili	1.5
responsabile	1.5
responsabilul	1.5
responsabila	1.5
matur	1.0
matură	1.0
maturi	1.0
mature	1.0
maturul	1.0
matura	1.0
echilibrat	1.5
echilibrată	1.5
echilibrați	1.5
echilibrate	1.5
echilibratul	1.5
echilibrata	1.5
rațional	1.0
rațională	1.0
raționali	1.0
raționale	1.0
raționalul	1.0
raționala	1.0
lucid	1.0
lucidă	1.0
lucizi	1.0
lucide	1.0
lucidul	1.0
lucida	1.0
educat	0.6
educată	0.6
educați	0.6
educate	0.6
educatul	0.6
educata	0.6
manierat	1.8
manierată	1.8
manierați	1.8
manierate	1.8
manieratul	1.8
manierata	1.8
civilizat	1.6
civilizată	1.6
civilizați	1.6
civilizate	1.6
civilizatul	1.6
civilizata	1.6
respectuoasă	1.9
respectuoși	1.9
respectuoase	1.9
respectuosul	1.9
respectuoasa	1.9
bun la sufletă	2.5
bun la sufleți	2.5
bun la suflete	2.5
bun la sufletul	2.5
bun la sufleta	2.5
bun la suflet	2.5
bună la suflet	2.5
sufletist	2.3
sufletistă	2.3
sufletiști	2.3
sufletiste	2.3
sufletistul	2.3
sufletista	2.3
comunicativ	1.5
comunicativă	1.5
comunicativi	1.5
comunicative	1.5
comunicativul	1.5
comunicativa	1.5
jovial	1.9
jovială	1.9
joviali	1.9
joviale	1.9
jovialul	1.9
joviala	1.9
glumeț	1.6
glumeță	1.6
glumeți	1.6
glumețe	1.6
glumețul	1.6
glumeța	1.6
spiritual	1.4
spirituală	1.4
spirituali	1.4
spirituale	1.4
spiritualul	1.4
spirituala	1.4
carismatic	2.1
carismatică	2.1
carismatici	2.1
carismatice	2.1
carismaticul	2.1
carismatica	2.1
chipeș	1.9
chipeșă	1.9
chipeși	1.9
chipeșe	1.9
chipeșul	1.9
chipeșa	1.9
îndrăgostit	2.1
îndrăgostită	2.1
îndragostit	2.1
indragostit	2.1
indragostita	2.1
îndrăgostiți	2.1
împlinit	2.3
împlinită	2.3
împliniți	2.3
împlinite	2.3
împlinitul	2.3
împlinita	2.3
realizat	1.4
realizată	1.4
realizați	1.4
realizate	1.4
realizatul	1.4
realizata	1.4
răsplătit	1.8
răsplătită	1.8
răsplătiți	1.8
răsplătite	1.8
răsplătitul	1.8
răsplătita	1.8
binemeritat	2.0
binemeritată	2.0
binemeritați	2.0
binemeritate	2.0
binemeritatul	2.0
binemeritata	2.0
meritat	1.6
meritată	1.6
meritați	1.6
meritate	1.6
meritatul	1.6
meritata	1.6
victorie meritată	2.6
calificare	1.2
calificat	1.2
s-a calificat	1.8
ne-am calificat	2.2
promovare	0.8
promovat	1.0
a promovat	1.4
bursă	0.6
medalie	1.6
medalia de aur	2.4
aur	1.0
locul întâi	1.8
locul intai	1.8
locul 1	1.6
pe primul loc	1.6
record	1.0
record mondial	1.8
performanță	1.6
performanta	1.6
performanțe	1.6
performant	1.8
performantă	1.8
performanți	1.8
performante	1.8
performantul	1.8
realizare	1.6
realizări	1.6
realizari	1.6
reușite	1.9
izbândă	2.2
biruință	2.2
glorie	2.0
gloria	2.0
onorat	1.8
onorată	1.8
onorați	1.8
onorant	1.8
privilegiu	1.6
șansă	1.0
sansa	1.0
oportunitate	1.1
oportunități	1.0
avantajul	1.2
beneficiu	1.2
beneficii	1.2
câștiguri	1.3
progres	1.5
inovație	1.2
inovatie	1.2
inovații	1.2
modernizare	1.2
renovare	1.0
stabilitate	1.0
prosperitate	2.0
bunăstare	1.9
bunastare	1.9
armonie	1.8
echilibru	1.2
inspirație	1.7
inspiratie	1.7
creativitate	1.7
entuziasmul	2.2
optimism	1.8
optimismul	1.8
speranțele	1.4
încurajare	1.8
incurajare	1.8
încurajări	1.8
susținere	1.3
sustinere	1.3
suport	0.5
solidaritate	1.6
empatie	1.6
compasiune	1.8
iertare	1.3
toleranță	1.2
respectuos	1.9
#--- breadth: everyday negative vocabulary ---
plictiseală	-1.9
plictiseala	-1.9
forțat	-1.3
forțată	-1.3
forțați	-1.3
forțate	-1.3
forțatul	-1.3
forțata	-1.3
artificial	-1.0
artificială	-1.0
artificiali	-1.0
artificiale	-1.0
artificialul	-1.0
artificiala	-1.0
exagerat	-1.3
exagerată	-1.3
exagerați	-1.3
exagerate	-1.3
exageratul	-1.3
exagerata	-1.3
pretențios	-1.0
pretențioasă	-1.0
pretențioși	-1.0
pretențioase	-1.0
pretențiosul	-1.0
pretențioasa	-1.0
snob	-1.5
snobă	-1.5
snobi	-1.5
snobe	-1.5
snobul	-1.5
snoba	-1.5
fițos	-1.6
fițoasă	-1.6
fițoși	-1.6
fițoase	-1.6
fițosul	-1.6
fițoasa	-1.6
fițe	-1.5
fite	-1.5
mofturos	-1.3
mofturoasă	-1.3
mofturoși	-1.3
mofturoase	-1.3
mofturosul	-1.3
mofturoasa	-1.3
cârcotaș	-1.5
cârcotașă	-1.5
cârcotași	-1.5
cârcotașe	-1.5
cârcotașul	-1.5
cârcotașa	-1.5
certăreț	-1.8
certăreță	-1.8
certăreți	-1.8
certărețe	-1.8
certărețul	-1.8
certăreța	-1.8
scandalagiu	-2.0
scandalagie	-2.0
scandalagii	-2.0
scandalagiul	-2.0
gălăgios	-1.6
gălăgioasă	-1.6
gălăgioși	-1.6
gălăgioase	-1.6
gălăgiosul	-1.6
gălăgioasa	-1.6
țopârlan	-2.5
țopârlană	-2.5
țopârlani	-2.5
țopârlane	-2.5
țopârlanul	-2.5
țopârlana	-2.5
țăran	-1.2
țărani	-1.4
tarani	-1.4
grobian	-2.4
grobiană	-2.4
grobiani	-2.4
grobiane	-2.4
grobianul	-2.4
grobiana	-2.4
needucat	-2.2
needucată	-2.2
needucați	-2.2
needucate	-2.2
needucatul	-2.2
needucata	-2.2
neinstruit	-1.8
neinstruită	-1.8
neinstruiți	-1.8
neinstruite	-1.8
neinstruitul	-1.8
neinstruita	-1.8
prostovan	-2.2
prostovană	-2.2
prostovani	-2.2
prostovane	-2.2
prostovanul	-2.2
prostovana	-2.2
prostănac	-2.2
prostănacă	-2.2
prostănaci	-2.2
prostănace	-2.2
prostănacul	-2.2
prostănaca	-2.2
boul	-2.2
dus cu plutaă	-1.8
dus cu plutai	-1.8
dus cu plutae	-1.8
dus cu plutaul	-1.8
dus cu plutaa	-1.8
dus cu pluta	-1.8
dusă cu pluta	-1.8
nebunatic	-0.3
nebunatică	-0.3
nebunatici	-0.3
nebunatice	-0.3
nebunaticul	-0.3
nebunatica	-0.3
țicnit	-1.8
țicnită	-1.8
țicniți	-1.8
țicnite	-1.8
țicnitul	-1.8
țicnita	-1.8
zănatic	-1.2
zănatică	-1.2
zănatici	-1.2
zănatice	-1.2
zănaticul	-1.2
zănatica	-1.2
sărit de pe fixă	-2.0
sărit de pe fixi	-2.0
sărit de pe fixe	-2.0
sărit de pe fixul	-2.0
sărit de pe fixa	-2.0
sărit de pe fix	-2.0
sarit de pe fix	-2.0
dement	-2.3
dementă	-2.3
demenți	-2.3
demente	-2.3
dementul	-2.3
dementa	-2.3
alienat	-1.8
alienată	-1.8
alienați	-1.8
alienate	-1.8
alienatul	-1.8
alienata	-1.8
suferind	-1.8
suferindă	-1.8
suferinzi	-1.8
suferinde	-1.8
suferindul	-1.8
suferinda	-1.8
infectat	-1.8
infectată	-1.8
infectați	-1.8
infectate	-1.8
infectatul	-1.8
infectata	-1.8
contaminat	-2.0
contaminată	-2.0
contaminați	-2.0
contaminate	-2.0
contaminatul	-2.0
contaminata	-2.0
poluat	-1.9
poluată	-1.9
poluați	-1.9
poluate	-1.9
poluatul	-1.9
poluata	-1.9
neîngrijit	-1.9
neîngrijită	-1.9
neîngrijiți	-1.9
neîngrijite	-1.9
neîngrijitul	-1.9
neîngrijita	-1.9
neigienic	-2.4
neigienică	-2.4
neigienici	-2.4
neigienice	-2.4
neigienicul	-2.4
neigienica	-2.4
insalubru	-2.5
insalubră	-2.5
insalubre	-2.5
insalubri	-2.5
insalubrul	-2.5
insalubra	-2.5
pocit	-2.0
pocită	-2.0
pociți	-2.0
pocite	-2.0
pocitul	-2.0
pocita	-2.0
diform	-1.8
diformă	-1.8
diformi	-1.8
diforme	-1.8
diformul	-1.8
diforma	-1.8
schilodit	-2.2
schilodită	-2.2
schilodiți	-2.2
schilodite	-2.2
schiloditul	-2.2
schilodita	-2.2
mutilat	-2.6
mutilată	-2.6
mutilați	-2.6
mutilate	-2.6
mutilatul	-2.6
mutilata	-2.6
desfigurat	-2.4
desfigurată	-2.4
desfigurați	-2.4
desfigurate	-2.4
desfiguratul	-2.4
desfigurata	-2.4
devastat	-2.7
devastată	-2.7
devastați	-2.7
devastate	-2.7
devastatul	-2.7
devastata	-2.7
ruinat	-2.6
ruinată	-2.6
ruinați	-2.6
ruinate	-2.6
ruinatul	-2.6
ruinata	-2.6
falimentar	-2.2
falimentară	-2.2
falimentari	-2.2
falimentare	-2.2
falimentarul	-2.2
falimentara	-2.2
falit	-2.3
falită	-2.3
faliți	-2.3
falite	-2.3
falitul	-2.3
falita	-2.3
faliment	-2.3
falimentul	-2.3
îndatorat	-1.6
îndatorată	-1.6
îndatorați	-1.6
îndatorate	-1.6
îndatoratul	-1.6
îndatorata	-1.6
sărăcit	-2.0
sărăcită	-2.0
sărăciți	-2.0
sărăcite	-2.0
sărăcitul	-2.0
sărăcita	-2.0
înfometat	-2.0
înfometată	-2.0
înfometați	-2.0
înfometate	-2.0
înfometatul	-2.0
înfometata	-2.0
însetat	-1.0
însetată	-1.0
însetați	-1.0
însetate	-1.0
însetatul	-1.0
însetata	-1.0
exploatat	-2.1
exploatată	-2.1
exploatați	-2.1
exploatate	-2.1
exploatatul	-2.1
exploatata	-2.1
asuprit	-2.3
asuprită	-2.3
asupriți	-2.3
asuprite	-2.3
asupritul	-2.3
asuprita	-2.3
oprimat	-2.3
oprimată	-2.3
oprimați	-2.3
oprimate	-2.3
oprimatul	-2.3
oprimata	-2.3
persecutat	-2.4
persecutată	-2.4
persecutați	-2.4
persecutate	-2.4
persecutatul	-2.4
persecutata	-2.4
discriminat	-2.3
discriminată	-2.3
discriminați	-2.3
discriminate	-2.3
discriminatul	-2.3
discriminata	-2.3
marginalizat	-1.9
marginalizată	-1.9
marginalizați	-1.9
marginalizate	-1.9
marginalizatul	-1.9
marginalizata	-1.9
nedreptățit	-2.3
nedreptățită	-2.3
nedreptățiți	-2.3
nedreptățite	-2.3
nedreptățitul	-2.3
nedreptățita	-2.3
neînțeles	-1.4
neînțelesă	-1.4
neînțeleși	-1.4
neînțelese	-1.4
neînțelesul	-1.4
neînțelesa	-1.4
singurătate	-1.6
singuratate	-1.6
izolat	-1.2
izolată	-1.2
izolați	-1.2
izolate	-1.2
izolatul	-1.2
izolata	-1.2
părăsit	-2.0
părăsită	-2.0
părăsiți	-2.0
părăsite	-2.0
părăsitul	-2.0
părăsita	-2.0
trădat	-2.4
trădată	-2.4
trădați	-2.4
trădate	-2.4
trădatul	-2.4
trădata	-2.4
înșelată	-2.4
înșelați	-2.4
înșelate	-2.4
înșelatul	-2.4
înșelata	-2.4
mințită	-2.3
mințiți	-2.3
mințite	-2.3
mințitul	-2.3
mințita	-2.3
furată	-2.5
furați	-2.5
furate	-2.5
furatul	-2.5
furata	-2.5
jefuiți	-2.6
jefuite	-2.6
jefuitul	-2.6
jefuita	-2.6
amenințat	-2.1
amenințată	-2.1
amenințați	-2.1
amenințate	-2.1
amenințatul	-2.1
amenințata	-2.1
agresat	-2.5
agresată	-2.5
agresați	-2.5
agresate	-2.5
agresatul	-2.5
agresata	-2.5
bătut	-1.8
bătută	-1.8
bătuți	-1.8
bătute	-1.8
bătutul	-1.8
bătuta	-1.8
violat	-3.2
violată	-3.2
violați	-3.2
violate	-3.2
violatul	-3.2
violata	-3.2
ucisă	-2.8
uciși	-2.8
ucise	-2.8
ucisul	-2.8
ucisa	-2.8
asasinat	-3.0
asasinată	-3.0
asasinați	-3.0
asasinate	-3.0
asasinatul	-3.0
asasinata	-3.0
omorâtă	-2.8
omorâți	-2.8
omorâte	-2.8
omorâtul	-2.8
omorâta	-2.8
crimă odioasă	-3.3
sinistri	-2.3
sinistrul	-2.3
sinistra	-2.3
lugubre	-2.0
lugubri	-2.0
lugubrul	-2.0
lugubra	-2.0
macabru	-2.4
macabră	-2.4
macabre	-2.4
macabri	-2.4
macabrul	-2.4
macabra	-2.4
morbid	-2.0
morbidă	-2.0
morbizi	-2.0
morbide	-2.0
morbidul	-2.0
morbida	-2.0
apăsător	-2.1
apăsătoare	-2.1
apăsători	-2.1
apăsătorul	-2.1
apăsătoarea	-2.1
sufocant	-2.1
sufocantă	-2.1
sufocanți	-2.1
sufocante	-2.1
sufocantul	-2.1
sufocanta	-2.1
chinuitor	-2.5
chinuitoare	-2.5
chinuitori	-2.5
chinuitorul	-2.5
chinuitoarea	-2.5
dureros	-2.3
dureroasă	-2.3
dureroși	-2.3
dureroase	-2.3
durerosul	-2.3
dureroasa	-2.3
sfâșietor	-2.6
sfâșietoare	-2.6
sfâșietori	-2.6
sfâșietorul	-2.6
sfâșietoarea	-2.6
zdrobitor	-2.0
zdrobitoare	-2.0
zdrobitori	-2.0
zdrobitorul	-2.0
zdrobitoarea	-2.0
copleșitor	-0.8
copleșitoare	-0.8
copleșitori	-0.8
copleșitorul	-0.8
copleșitoarea	-0.8
devastator	-2.7
devastatoare	-2.7
devastatori	-2.7
devastatorul	-2.7
devastatoarea	-2.7
fatidic	-1.8
fatidică	-1.8
fatidici	-1.8
fatidice	-1.8
fatidicul	-1.8
fatidica	-1.8
funest	-2.4
funestă	-2.4
funești	-2.4
funeste	-2.4
funestul	-2.4
funesta	-2.4
păgubos	-2.2
păguboasă	-2.2
păguboși	-2.2
păguboase	-2.2
păgubosul	-2.2
păguboasa	-2.2
contraproductiv	-1.8
contraproductivă	-1.8
contraproductivi	-1.8
contraproductive	-1.8
contraproductivul	-1.8
contraproductiva	-1.8
ineficient	-2.1
ineficientă	-2.1
ineficienți	-2.1
ineficiente	-2.1
ineficientul	-2.1
ineficienta	-2.1
ineficace	-2.0
ineficaci	-2.0
inoperant	-1.8
inoperantă	-1.8
inoperanți	-1.8
inoperante	-1.8
inoperantul	-1.8
inoperanta	-1.8
nefuncțional	-2.4
nefuncțională	-2.4
nefuncționali	-2.4
nefuncționale	-2.4
nefuncționalul	-2.4
nefuncționala	-2.4
neutilizabil	-2.6
neutilizabilă	-2.6
neutilizabili	-2.6
neutilizabile	-2.6
neutilizabilul	-2.6
neutilizabila	-2.6
neconform	-2.0
neconformă	-2.0
neconformi	-2.0
neconforme	-2.0
neconformul	-2.0
neconforma	-2.0
necorespunzător	-2.3
necorespunzătoare	-2.3
necorespunzători	-2.3
necorespunzătorul	-2.3
necorespunzătoarea	-2.3
nesatisfăcător	-2.2
nesatisfăcătoare	-2.2
nesatisfăcători	-2.2
nesatisfăcătorul	-2.2
nesatisfăcătoarea	-2.2
insuficient	-1.7
insuficientă	-1.7
insuficienți	-1.7
insuficiente	-1.7
insuficientul	-1.7
insuficienta	-1.7
inferior	-1.6
inferioară	-1.6
inferiori	-1.6
inferioare	-1.6
inferiorul	-1.6
inferioara	-1.6
subdimensionat	-1.4
subdimensionată	-1.4
subdimensionați	-1.4
subdimensionate	-1.4
subdimensionatul	-1.4
subdimensionata	-1.4
supradimensionat	-0.8
supradimensionată	-0.8
supradimensionați	-0.8
supradimensionate	-0.8
supradimensionatul	-0.8
supradimensionata	-0.8
suprapreț	-2.0
suprapreță	-2.0
suprapreți	-2.0
supraprețe	-2.0
supraprețul	-2.0
suprapreța	-2.0
supraevaluat	-1.8
supraevaluată	-1.8
supraevaluați	-1.8
supraevaluate	-1.8
supraevaluatul	-1.8
supraevaluata	-1.8
scumpit	-1.4
scumpită	-1.4
scumpiți	-1.4
scumpite	-1.4
scumpitul	-1.4
scumpita	-1.4
scumpiri	-1.6
scumpirea	-1.6
scumpire	-1.6
s-a scumpit	-1.6
s-au scumpit	-1.6
prețuri mari	-1.6
preturi mari	-1.6
prețuri exagerate	-2.2
preturi exagerate	-2.2
prețuri aerospațiale	-2.0
jecmăneală	-2.8
jecmaneala	-2.8
jecmănesc	-2.7
jecmanesc	-2.7
jupuit	-2.4
jupuiți	-2.5
jupoaie	-2.6
ciordeală	-2.5
ciordit	-2.4
ciordită	-2.4
ciordiți	-2.4
ciordite	-2.4
ciorditul	-2.4
ciordita	-2.4
șutit	-2.3
șutită	-2.3
șutiți	-2.3
șutite	-2.3
șutitul	-2.3
șutita	-2.3
fraierit	-2.5
fraierită	-2.5
fraieriți	-2.5
fraierite	-2.5
fraieritul	-2.5
fraierita	-2.5
fraier	-2.2
fraieri	-2.2
fraierii	-2.2
fraierilor	-2.5
naiv	-0.9
naivă	-0.9
naivi	-0.9
naive	-0.9
naivul	-0.9
naiva	-0.9
ușuratic	-1.6
ușuratică	-1.6
ușuratici	-1.6
ușuratice	-1.6
ușuraticul	-1.6
ușuratica	-1.6
superficial	-1.6
superficială	-1.6
superficiali	-1.6
superficiale	-1.6
superficialul	-1.6
superficiala	-1.6
delăsător	-2.2
delăsătoare	-2.2
delăsători	-2.2
delăsătorul	-2.2
delăsătoarea	-2.2
nepăsare	-2.1
nepasare	-2.1
indiferență	-1.7
indiferenta	-1.7
delăsare	-2.2
neglijență	-2.3
neglijenta	-2.3
incompetență	-2.6
incompetenta	-2.6
incompetența	-2.6
impostor	-2.5
impostori	-2.5
impostură	-2.5
imposturi	-2.5
diletant	-2.0
diletanți	-2.0
amator	-0.8
amatori	-1.0
amatorism	-2.1
bâlci	-2.0
balci	-2.0
mascaradă	-2.4
mascarada	-2.4
farsă	-2.2
farsa	-2.2
comedie	-0.6
circ ieftin	-2.5
teatru ieftin	-2.4
maimuțăreală	-2.2
maimutareala	-2.2
ipocriți	-2.6
ipocritii	-2.6
demagogie	-2.0
demagog	-2.0
demagogi	-2.0
populism	-1.6
populist	-1.4
populiști	-1.5
fanatic	-1.8
fanatici	-1.8
extremist	-2.2
extremiști	-2.2
extremism	-2.2
xenofob	-2.4
xenofobie	-2.4
homofob	-2.4
homofobie	-2.4
misogin	-2.3
misoginie	-2.3
ură de rasă	-3.0
urăsc asta	-3.1
ce urât	-2.3
ce urat	-2.3
ce nasol	-2.4
ce nașpa	-2.4
ce naspa	-2.4
ce trist	-2.3
ce tristețe	-2.4
ce tristete	-2.4
ce ciudat	-0.9
ce enervant	-2.4
ce scârbos	-3.0
ce scarbos	-3.0
ce penibil	-2.7
ce jenant	-2.5
ce ridicol	-2.5
ce idiot	-2.8
ce prost	-2.6
ce proști	-2.7
ce prosti	-2.7
ce proastă	-2.6
ce bou	-2.5
ce porc	-2.4
ce hoți	-2.9
ce hoti	-2.9
ce mincinos	-2.7
ce mincinoși	-2.8
ce nesimțit	-2.9
ce nesimtit	-2.9
ce nesimțire	-2.9
ce nesimtire	-2.9
ce aroganță	-2.6
ce bătaie de joc	-3.0
ce batai de joc	-3.0
ce circ	-2.2
ce spectacol	1.8
ce meci	1.6
ce gol	1.6
ce talent	2.4
ce voce	2.0
ce om	1.5
ce femeie	1.6
ce tare e	2.2
ce bun	2.4
ce bună	2.4
ce buna	2.4
ce delicios	2.9
ce gustos	2.5
ce poză	1.8
ce frumusețe	2.7
ce frumusete	2.7
ce priveliște	2.5
ce priveliste	2.5
ce peisaj	2.2
ce vibe	1.8
vibe	0.8
vibes	0.8
good vibes	2.2
bad vibes	-2.0
ce seară	1.4
ce zi	0.6
ce zi frumoasă	2.4
ce zi urâtă	-2.0
zi proastă	-2.0
zi grea	-1.6
zi de rahat	-2.8
săptămână grea	-1.5
noroc că	1.0
noroc ca	1.0
din fericire pentru	1.3
ghinion	-1.8
ghinionul	-1.8
ghinionist	-1.8
ghinionistă	-1.8
ghinioniști	-1.8
ghinioniste	-1.8
ghinionistul	-1.8
ghinionista	-1.8
ce ghinion	-2.1
peste tot	-0.2
e prea mult	-1.4
e prea de tot	-1.8
prea de tot	-1.8
asta e prea mult	-1.8
până aici	-1.2
ajunge	0
ajunge cu	-1.8
gata cu	-1.6
stop	-0.4
opriți	-0.8
serviabil	1.8
serviabilă	1.8
serviabili	1.8
serviabile	1.8
serviabilul	1.8
serviabila	1.8
prețuit	1.8
prețuită	1.8
prețuiți	1.8
prețuite	1.8
prețuitul	1.8
prețuita	1.8
nerăbdător	0.8
nerăbdătoare	0.8
nerabdator	0.8
nerabdatoare	0.8
negreșit	0.2
negresit	0.2
livrat	0.3
livrată	0.3
livrați	0.3
livrate	0.3
livratul	0.3
livrata	0.3
bună	1.2
buna	1.2
bună ziua	0.4
buna ziua	0.4
bună seara	0.4
buna seara	0.4
sexy	1.8
pute îngrozitor	-2.8
pute a	-2.2
frumos și fin	2.2
mai bine de	0
testat pozitiv	-1.8
testată pozitiv	-1.8
testați pozitiv	-1.8
testat pozitiv cu	-1.8
diagnosticat pozitiv	-1.8
diagnosticați pozitiv	-1.8
confirmat pozitiv	-1.8
pozitiv cu	-1.2
nu mai am nervi	-2.2
nu mai am nervii	-2.2
n-am nervi	-2.0
n-am nervi de	-2.0
recomandați	0.8
recomandati	0.8
recomande	0.5
recomandă	1.5
recomanda	1.2
ce recomandați	0
ce ne recomandați	0
ce îmi recomandați	0
ce imi recomandati	0
ce recomandati	0
# --- emotion verbs (3rd person; the stemmer takes the other persons) ---
deranjează	-1.8
deranjeaza	-1.8
irită	-2.0
îngrijorează	-1.8
ingrijoreaza	-1.8
dezgustă	-2.8
scârbește	-2.8
scarbeste	-2.8
bucură	2.0
încântă	2.4
incanta	2.0
impresionează	2.0
impresioneaza	2.0
amuză	1.6
distrează	1.8
liniștește	1.4
relaxează	1.5
motivează	1.6
emoționează	1.6
emotioneaza	1.6
plictisește	-1.8
plictiseste	-1.8
obosește	-1.2
stresează	-2.0
streseaza	-2.0
frustrează	-2.2
rănește	-2.2
supără	-2.0
supara	-1.6
întristează	-2.2
deprimă	-2.4
îngrozește	-2.6
indignează	-2.4
displace	-2.0
îmi displace	-2.2
nu-mi convine	-1.6
nu îmi convine	-1.6
mă deranjează	-1.9
ma deranjeaza	-1.9
mă irită	-2.1
ma irita	-2.1
mă îngrijorează	-1.9
ma ingrijoreaza	-1.9
mă dezgustă	-2.9
mă bucură	2.3
ma bucura	2.3
mă încântă	2.5
mă impresionează	2.1
mă amuză	1.7
ma amuza	1.7
mă inspiră	2.0
ma inspira	2.0
mă motivează	1.8
mă plictisește	-1.9
mă stresează	-2.1
mă frustrează	-2.3
mă rănește	-2.3
mă supără	-2.1
ma supara	-2.1
mă întristează	-2.3
ma intristeaza	-2.3
mă deprimă	-2.5
mă revoltă	-2.6
ma revolta	-2.6
# --- slang and colloquial ---
ce fază	1.0
ce faza	1.0
bestial	2.4
bestială	2.4
bestiala	2.4
e varză	-2.2
e varza	-2.2
varză	-0.8
e praf	-2.2
de praf	-2.0
praf și pulbere	-2.4
într-un hal fără de hal	-2.8
intr-un hal fara de hal	-2.8
în hal	-1.6
in halul asta	-1.8
în halul ăsta	-1.8
e penal	-2.2
ce plm	-2.6
ce pula mea	-2.8
mersi frumos	2.0
mersi mult	2.0
mersii	1.6
frumi	2.0
bun rău	2.4
bun rau	2.4
frumos rău	2.4
frumos rau	2.4
mișto rău	2.6
misto rau	2.6
fain rău	2.6
fain rau	2.6
cel mai bun	2.6
nu e de ici de colo	1.8
nu-i de ici de colo	1.8
de ici de colo	0.4
nu glumesc	0.2
pe bune?	-0.2
super fain	2.8
super mișto	2.8
super misto	2.8
super frumos	2.9
foarte fain	2.6
foarte mișto	2.6
foarte misto	2.6
o nebunie	0.8
nebunie totală	0.4
e nebunie	0.6
ce nebunie	-0.4
m-a dat pe spate	2.5
dat pe spate	2.2
m-a lăsat mut	1.2
m-a cucerit	2.5
m-au cucerit	2.5
cucerit	1.6
sunt îndrăgostit de	2.6
sunt indragostit de	2.6
sunt îndrăgostită de	2.6
nu am cuvinte să	1.2
mă doare sufletul	-2.3
ma doare sufletul	-2.3
mă doare inima	-2.2
ma doare inima	-2.2
îmi sângerează ochii	-2.4
imi sangereaza ochii	-2.4
mi se rupe sufletul	-2.4
mi se rupe inima	-2.4
să-mi bag	-2.6
sa-mi bag	-2.6
mi-a stricat ziua	-2.4
mi-a făcut ziua	2.4
mi-a facut ziua	2.4
mi-a înseninat ziua	2.6
mi-ați făcut ziua	2.4
a meritat	1.8
a meritat din plin	2.6
din plin	0.8
merită din plin	2.6
nu a meritat	-2.2
n-a meritat	-2.2
a fost super	2.6
a fost superb	3.0
a fost minunat	3.0
a fost groaznic	-3.0
a fost oribil	-3.1
a fost o experiență plăcută	2.4
experiență plăcută	2.2
experienta placuta	2.2
experiență neplăcută	-2.4
experienta neplacuta	-2.4
experiență minunată	3.0
experiență proastă	-2.6
experienta proasta	-2.6
o experiență de coșmar	-3.0
experiență de neuitat	2.8
de neuitat	2.5
nu am primit niciun răspuns	-2.5
nu am primit nici un răspuns	-2.5
n-am primit niciun răspuns	-2.5
nu am primit niciun raspuns	-2.5
nu am primit nici un raspuns	-2.5
n-am primit niciun raspuns	-2.5
nu am avut nicio problemă	1.8
nu am avut nicio problema	1.8
n-am avut nicio problemă	1.8
n-am avut nicio problema	1.8
nu am avut nici o problemă	1.8
nu a fost nicio problemă	1.5
nu a fost nicio problema	1.5
nu e nicio problemă	1.2
nu e nicio problema	1.2
nu este nicio problemă	1.2
nu-i nicio problemă	1.2
nu-i nicio problema	1.2
nu e nici o problemă	1.2
mers	0
din senin	0
încărcare rapidă	0
incarcare rapida	0
încărcarea rapidă	0
incarcarea rapida	0
bun de nimic	-2.8
bună de nimic	-2.8
buna de nimic	-2.8
bune de nimic	-2.8
buni de nimic	-2.8
panaramă	-2.4
panarama	-2.4
panarame	-2.4
chinezărie	-1.8
chinezarie	-1.8
chinezării	-1.8
chinezarii	-1.8
făcătură	-2.4
facatura	-2.4
o copie	-1.6
e o copie	-2.0
este o copie	-2.0
copie ieftină	-2.2
copie ieftina	-2.2
fake	-1.8
e fake	-2.2
de prisos	-1.6
se duce bateria	-1.8
bateria se duce	-1.8
se descarcă foarte repede	-2.6
se descarca foarte repede	-2.6
nu mai încarcă	-2.4
nu mai incarca	-2.4
nu se mai aprinde	-2.4
nu se mai aude	-2.2
nu se aude	-1.8
nu se aude nimic	-2.2
nu e compatibil	-1.8
nu este compatibil	-1.8
incompatibil	-1.8
incompatibilă	-1.8
incompatibili	-1.8
incompatibile	-1.8
incompatibilul	-1.8
incompatibila	-1.8
gâjâie	-2.0
gajaie	-2.0
hârâie	-2.0
haraie	-2.0
bâzâie	-1.6
bazaie	-1.6
nimic de reproșat	2.2
nimic de reprosat	2.2
nu am nimic de reproșat	2.4
nu am nimic de reprosat	2.4
n-am nimic de reproșat	2.4
fără reproș	2.2
fara repros	2.2
msm	1.5
mls	1.5
mltm	1.5
bv	2.0
frmos	2.0
frumoos	2.4
misto rau de tot	2.8
f bun	2.6
f buna	2.6
f bine	2.4
f frumos	2.7
f prost	-3.0
f slab	-2.3
ft bun	2.6
ft bine	2.4
# --- positive nouns ---
iubire	2.6
iubirea	2.6
dragoste	2.6
dragostea	2.6
dragă	1.0
dragi	0.8
drag	1.5
bucurie	2.6
bucuria	2.6
bucurii	2.4
fericire	3.0
fericirea	3.0
veselie	2.2
voie bună	2.3
liniște	1.4
liniștea	1.4
pace	1.6
pacea	1.6
frumusețe	2.3
frumusețea	2.3
minune	2.7
minunea	2.7
minuni	2.5
succes	2.1
succesul	2.1
succese	2.0
reușită	2.0
reușita	2.0
victorie	1.6
victoria	1.6
victorii	2.2
triumf	2.6
câștig	1.5
premiu	1.6
premiul	1.6
cadou	1.6
cadoul	1.6
surpriză	0.6
sărbătoare	1.6
sărbători	1.6
felicitări	2.5
felicitari	2.5
felicit	2.4
felicitez	2.4
felicitarile	2.4
bravo	2.4
bravoo	2.6
bravooo	2.7
mulțumesc	1.9
mulțumim	1.9
mulțumiri	2.0
mersi	1.2
merci	1.2
mulțumesc frumos	2.4
mulțumesc mult	2.4
mulțumesc foarte mult	2.7
recunoștință	2.2
încredere	1.6
speranță	1.5
speranța	1.5
speranțe	1.4
vis	1.3
visul	1.4
pasiune	1.7
entuziasm	2.2
emoție	1.3
emoții	1.2
zâmbet	2.0
zâmbetul	2.0
zâmbete	2.0
râs	1.4
distracție	2.0
plăcere	2.0
plăcerea	2.0
satisfacție	2.3
satisfacția	2.3
mândrie	1.6
onoare	1.7
respect	1.5
respectul	1.5
stimă	1.4
admirație	2.1
afecțiune	2.1
tandrețe	2.0
prietenie	2.0
prietenia	2.0
prieten	1.1
prieteni	1.1
prietenă	1.1
ajutor	0.5
ajutorul	0.5
sprijin	1.2
sprijinul	1.2
amabilitate	2.1
amabilitatea	2.1
bunătate	2.2
bunătatea	2.2
profesionalism	2.2
profesionalismul	2.2
seriozitate	1.9
seriozitatea	1.9
promptitudine	2.0
calitate	0.3
calitate superioară	2.5
excelență	2.6
perfecțiune	2.6
capodoperă	3.1
geniu	2.1
talent	1.9
noroc	1.7
norocul	1.7
sănătate	1.0
sănătatea	1.1
dreptate	1.3
cinste	1.8
onestitate	2.0
curaj	1.9
curajul	1.9
căldură	0.8
confort	1.6
confortul	1.6
relaxare	1.7
vacanță	1.5
paradis	2.4
spectacol	1.6
spectacolul	1.5
chilipir	2.2
ofertă	0.5
reducere	0.9
reduceri	0.9
avantaj	1.3
avantaje	1.3
calități	1.5
îmbunătățire	1.5
îmbunătățiri	1.4
progresul	1.5
soluție	1.2
soluția	1.2
binecuvântare	2.2
miracol	2.1
comoară	2.1
bijuterie	2.1
idol	1.8
erou	2.0
eroi	1.0
eroul	1.2
la mulți ani	2.3
la multi ani	2.3
lma	2.0
sărbători fericite	2.3
crăciun fericit	2.2
paște fericit	2.1
an nou fericit	2.2
zi frumoasă	1.9
o zi frumoasă	1.9
o zi bună	1.7
zi bună	1.6
seară frumoasă	1.7
noapte bună	1.3
noapte buna	1.3
bună dimineața	1.0
bine ai venit	1.8
bine ați venit	1.8
bun venit	1.8
# --- negative nouns ---
ură	-3.0
ura	-2.0
urăsc	-3.0
furie	-2.5
furia	-2.5
nervi	-1.8
dispreț	-2.6
disprețul	-2.6
scârbă	-2.9
greață	-2.2
rușine	-2.6
rușinea	-2.6
rusine	-2.6
scandal	-2.4
scandalul	-2.4
scandaluri	-2.3
oroare	-2.9
groază	-2.7
teroare	-2.8
frică	-2.0
frica	-2.0
panică	-2.2
anxietate	-2.0
angoasă	-2.3
tristețea	-2.3
durere	-2.3
durerea	-2.3
dureri	-2.1
suferință	-2.5
suferința	-2.5
chin	-2.4
chinul	-2.4
lacrimi	-1.6
plâns	-1.8
doliu	-2.3
moarte	-2.4
moartea	-2.4
morți	-2.1
crimă	-2.9
crima	-2.9
crime	-2.8
omor	-3.0
masacru	-3.3
război	-2.6
războiul	-2.6
violență	-2.8
violența	-2.8
agresiune	-2.6
atentat	-3.0
terorism	-3.0
terorist	-3.0
teroriști	-3.0
infracțiune	-2.4
infractor	-2.6
infractori	-2.6
mafie	-2.8
corupție	-2.8
corupția	-2.8
șpagă	-2.5
șpaga	-2.5
mită	-2.5
furt	-2.5
furtul	-2.5
hoț	-2.7
hoți	-2.8
hoția	-2.8
jaf	-2.7
jaful	-2.7
țeapă	-3.0
țeapa	-3.0
țepari	-3.1
țepar	-3.1
înșelătorie	-3.0
înșelăciune	-2.8
escrocherie	-3.0
escroc	-3.0
escroci	-3.0
escrocii	-3.0
fraudă	-2.8
frauda	-2.8
minciună	-2.3
minciuna	-2.3
minciuni	-2.4
minciunile	-2.4
mincinoși	-2.6
păcăleală	-2.2
bătaie de joc	-2.8
batjocură	-2.7
circ	-1.7
circul	-1.7
clovn	-2.0
clovni	-2.0
clovnii	-2.0
paiață	-2.2
dezastru	-2.8
dezastrul	-2.8
catastrofă	-3.0
tragedie	-2.8
coșmar	-2.6
coșmarul	-2.6
criză	-1.8
criza	-1.8
problemă	-1.4
problema	-1.4
probleme	-1.5
problemele	-1.5
necaz	-1.9
necazuri	-1.9
belea	-2.0
încurcătură	-1.5
greșeală	-1.5
greșeli	-1.5
eroare	-1.4
erori	-1.4
defecte	-2.0
defectul	-2.0
pagubă	-2.0
pagube	-2.0
daune	-1.8
stricăciune	-2.0
întârziere	-1.9
întârzieri	-1.9
întârzierea	-1.9
reclamație	-1.7
reclamația	-1.7
reclamații	-1.7
plângere	-1.6
plângeri	-1.6
protest	-1.2
proteste	-1.2
grevă	-1.2
dezamăgire	-2.5
dezamăgirea	-2.5
dezamăgiri	-2.4
eșec	-2.4
eșecul	-2.4
eșecuri	-2.3
înfrângere	-2.1
pierdere	-1.6
pierderi	-1.6
risipă	-1.8
oboseală	-1.3
stres	-1.8
stresul	-1.8
boală	-2.0
boala	-2.0
boli	-1.9
cancer	-2.4
accident	-2.1
accidente	-2.0
mizerie	-2.5
mizeria	-2.5
mizerii	-2.4
sărăcie	-2.1
sărăcia	-2.1
foame	-1.7
șomaj	-1.9
taxe	-1.3
impozite	-1.2
nedreptate	-2.5
nedreptăți	-2.4
discriminare	-2.5
rasism	-2.8
ipocrizie	-2.5
ipocrizia	-2.5
aroganță	-2.3
aroganța	-2.3
prostie	-2.3
prostia	-2.3
prostii	-2.3
prostiile	-2.3
tâmpenie	-2.6
tâmpenia	-2.6
tâmpenii	-2.6
tâmpeniile	-2.6
idioțenie	-2.6
idioțenii	-2.6
aberație	-2.2
aberații	-2.2
aberatii	-2.2
bazaconii	-2.1
porcărie	-2.9
porcăria	-2.9
porcării	-2.8
porcăriile	-2.8
mizerie curată	-3.2
gunoi	-2.1
gunoiul	-2.1
gunoaie	-2.2
căcat	-3.0
rahat	-2.7
rahatul	-2.7
căcănar	-3.0
jeg	-2.6
jegul	-2.6
jeguri	-2.7
jegos	-2.6
cocalar	-2.2
cocalari	-2.2
pițipoancă	-1.8
răutate	-2.3
cruzime	-2.7
amenințare	-2.2
amenințări	-2.2
șantaj	-2.6
insultă	-2.3
insulte	-2.3
jignire	-2.3
jigniri	-2.3
umilință	-2.4
abuz	-2.5
abuzuri	-2.5
hărțuire	-2.6
exploatare	-2.3
sclavie	-2.6
degradare	-2.1
poluare	-1.9
murdărie	-2.1
duhoare	-2.4
mucegai	-1.9
gândaci	-2.0
șobolani	-1.9
zgomot	-1.2
haos	-1.9
haosul	-1.9
confuzie	-1.2
dramă	-1.8
ceartă	-1.9
certuri	-1.8
conflict	-1.7
conflicte	-1.7
acuzații	-1.5
condamnare	-1.8
pușcărie	-1.8
închisoare	-1.7
amendă	-1.4
amenzi	-1.4
datorii	-1.5
risc	-1.2
riscuri	-1.2
pericol	-1.9
pericolul	-1.9
urgență	-1.2
alarmă	-1.4
victimă	-1.8
victime	-2.0
dușman	-1.9
dușmani	-1.9
inamic	-1.8
trădare	-2.5
trădarea	-2.5
trădător	-2.6
trădători	-2.6
trădătorii	-2.6
parazit	-2.4
paraziți	-2.4
lipitori	-2.2
jefuitori	-2.7
sclavi	-1.8
golan	-2.2
golani	-2.2
golanii	-2.2
derbedeu	-2.3
nemernic	-2.9
nemernici	-2.9
ticăloși	-2.9
ticăloșii	-2.9
ticălos	-2.9
ticăloșie	-2.9
măgar	-2.0
măgari	-2.0
bou	-2.2
boi	-1.6
boule	-2.5
porc	-2.2
porci	-2.2
porcul	-2.2
javră	-2.8
jigodie	-2.9
lepră	-2.8
gunoaiele	-2.4
nesimțiți	-2.8
nesimțire	-2.8
nesimțirea	-2.8
lene	-1.5
lenea	-1.5
sictir	-2.6
# --- verbs ---
iubesc	2.7
iubești	2.5
iubește	2.5
iubim	2.5
iubiți	2.4
iubesc mult	3.0
ador	2.9
adoră	2.8
adorăm	2.8
a adora	2.8
îmi place	2.1
îmi plac	2.1
ne place	2.1
ne plac	2.1
îți place	1.5
îi place	1.8
le place	1.8
mi-a plăcut	2.2
ne-a plăcut	2.2
mi-au plăcut	2.2
mi-a placut	2.2
plăcut	2.0
place	1.4
plac	1.4
apreciez	2.1
apreciem	2.1
apreciază	1.9
admir	2.0
recomand	2.3
recomandăm	2.3
il recomand	2.5
îl recomand	2.5
o recomand	2.5
le recomand	2.5
îi recomand	2.5
recomand cu încredere	3.0
recomand cu căldură	3.0
recomand tuturor	2.9
recomand din toată inima	3.0
recomandat	2.0
recomandabil	2.0
de recomandat	2.2
merită	1.8
merita	1.4
merită banii	2.6
merită cumpărat	2.6
merită cumpărată	2.6
merită fiecare ban	3.0
merită toți banii	3.0
își merită banii	2.6
îşi merită banii	2.6
mulțumit de	2.2
sunt mulțumit	2.4
sunt mulțumită	2.4
sunt foarte mulțumit	2.9
sunt foarte mulțumită	2.9
sunt multumit	2.4
sunt multumita	2.4
mă bucur	2.2
ne bucurăm	2.2
se bucură	2.0
bucuros	2.2
mă distrez	1.8
râd	1.2
zâmbesc	1.8
câștigă	1.2
câștigat	1.8
am câștigat	2.1
reușesc	1.4
reușit	1.8
am reușit	2.0
a reușit	1.8
merge bine	2.0
merge perfect	2.8
merge foarte bine	2.6
merge excelent	2.9
funcționează	1.2
funcționează perfect	2.8
funcționează bine	2.0
functioneaza perfect	2.8
functioneaza bine	2.0
funcționează foarte bine	2.6
ține bine	1.6
tine bine	1.6
ține mult	1.7
bateria ține	1.4
se încarcă repede	1.8
arată bine	2.0
arată foarte bine	2.6
arata bine	2.0
arată superb	3.0
sună bine	1.9
se aude bine	1.8
se aude foarte bine	2.4
se vede bine	1.8
se vede foarte bine	2.4
face treaba	1.9
își face treaba	2.0
isi face treaba	2.0
face față	1.2
face fata	1.2
mă ajută	1.4
m-a ajutat	1.8
m-au ajutat	1.8
urăști	-2.8
urăște	-2.8
urâm	-2.8
detest	-2.9
nu suport	-2.6
nu mai suport	-2.8
nu mai pot	-2.0
m-am săturat	-2.6
m-am saturat	-2.6
ne-am săturat	-2.6
m-am săturat de	-2.6
săturat	-2.3
dezamăgește	-2.3
dezamăgesc	-2.2
m-a dezamăgit	-2.7
ne-a dezamăgit	-2.7
m-au dezamăgit	-2.7
a dezamăgit	-2.5
înșală	-2.5
înșelat	-2.4
m-a înșelat	-2.8
m-au înșelat	-2.8
furat	-2.5
fură	-2.5
a furat	-2.5
au furat	-2.6
mint	-2.2
mințit	-2.3
a mințit	-2.5
m-au mințit	-2.7
păcălit	-2.2
păcălită	-2.2
păcăliți	-2.3
țepuită	-2.8
plâng	-1.9
plânge	-1.8
sufăr	-2.2
suferă	-2.0
moare	-2.0
a murit	-2.3
au murit	-2.4
ucis	-2.8
omorât	-2.8
distrus	-2.4
distrusă	-2.4
distruși	-2.4
distruge	-2.3
distrug	-2.3
strică	-1.8
strica	-1.8
s-a stricat	-2.6
s-au stricat	-2.6
se strică	-2.3
se strica	-2.3
s-a defectat	-2.6
s-a ars	-2.4
s-a spart	-2.4
a crăpat	-2.0
a cedat	-2.1
s-a blocat	-2.1
se blochează	-2.2
se blocheaza	-2.2
se bloca	-2.1
se încinge	-1.9
se incinge	-1.9
se supraîncălzește	-2.2
se descarcă repede	-2.3
se descarca repede	-2.3
nu ține	-2.0
nu tine	-2.0
nu mai ține	-2.2
nu merge	-2.3
nu mai merge	-2.6
nu funcționează	-2.4
nu functioneaza	-2.4
nu mai funcționează	-2.7
nu mai functioneaza	-2.7
nu se încarcă	-2.2
nu se incarca	-2.2
nu încarcă	-2.2
nu se aprinde	-2.3
nu pornește	-2.3
nu porneste	-2.3
nu se conectează	-2.0
nu se conecteaza	-2.0
nu răspunde	-1.9
nu raspunde	-1.9
nu răspund	-2.0
nu raspund	-2.0
nu mi-a răspuns	-2.0
nu mi-au răspuns	-2.1
nu mi-au raspuns	-2.1
niciun răspuns	-2.2
nici un răspuns	-2.2
niciun raspuns	-2.2
fără răspuns	-2.0
încă aștept	-2.2
inca astept	-2.2
tot aștept	-2.1
tot astept	-2.1
aștept de	-1.5
astept de	-1.5
de o săptămână	-0.8
de două săptămâni	-1.0
de o lună	-1.0
nu a ajuns	-2.0
nu a mai ajuns	-2.4
nu mi-a ajuns	-2.1
n-a ajuns	-2.0
n-a mai ajuns	-2.4
nu am primit	-2.0
n-am primit	-2.0
nu am mai primit	-2.3
nu l-am primit	-2.2
nu am primit nimic	-2.6
nici acum	-1.2
nici până acum	-1.4
coletul pierdut	-2.4
colet pierdut	-2.4
colet deteriorat	-2.4
a venit stricat	-2.7
a venit spart	-2.7
a venit defect	-2.7
a venit zgâriat	-2.3
a venit lovit	-2.3
venit defect	-2.6
a venit cu defect	-2.6
cu defect	-2.3
cu defecte	-2.4
produs defect	-2.6
comanda anulată	-1.9
comandă anulată	-1.9
comanda anulata	-1.9
livrare rapidă	2.1
livrare rapida	2.1
livrare promptă	2.2
livrare prompta	2.2
livrare la timp	1.8
livrare foarte rapidă	2.6
a ajuns repede	2.0
a ajuns rapid	2.0
a venit repede	2.0
a ajuns la timp	1.7
a ajuns a doua zi	2.0
livrare întârziată	-2.2
livrare intarziata	-2.2
întârziere la livrare	-2.2
returnat	-1.4
l-am returnat	-2.0
am returnat	-1.9
l-am returnat imediat	-2.5
returnare	0.0
retur	-0.8
vreau banii înapoi	-2.6
vreau banii inapoi	-2.6
banii înapoi	-1.8
banii inapoi	-1.8
bani aruncați	-2.9
bani aruncati	-2.9
bani aruncați pe geam	-3.2
bani aruncati pe geam	-3.2
bani aruncați degeaba	-3.1
aruncat banii	-2.7
bani pierduți	-2.7
banii pe geam	-2.8
pe geam	-1.6
la gunoi	-2.4
la coș	-2.2
bani dați degeaba	-2.9
risipă de bani	-2.8
pierdere de timp	-2.6
timp pierdut	-2.2
nu merită	-2.3
nu merita	-2.3
nu merită banii	-2.6
nu merita banii	-2.6
nu merită cumpărat	-2.6
nu merită atenția	-2.3
nu valorează nimic	-2.5
nu recomand	-2.6
nu-l recomand	-2.6
nu o recomand	-2.6
nu îl recomand	-2.6
nu il recomand	-2.6
nu recomand nimănui	-3.0
nu recomand nimanui	-3.0
nu-l recomand nimănui	-3.0
nu recomand acest produs	-2.8
nu cumpărați	-2.5
nu cumparati	-2.5
nu cumpărați acest produs	-2.8
evitați	-2.0
evitati	-2.0
de evitat	-2.6
feriți-vă	-2.8
feriti-va	-2.8
stați departe	-2.6
stati departe	-2.6
niciodată de la	-2.3
niciodată nu mai	-2.4
niciodată cu	-1.6
nu mai cumpăr	-2.5
nu mai cumpar	-2.5
nu mai comand	-2.5
nu mai revin	-2.4
nu mai vin	-2.0
nu mai calc	-2.6
prima și ultima dată	-2.8
prima si ultima data	-2.8
prima și ultima oară	-2.8
ultima dată	-0.8
niciodată nu voi mai	-2.7
mulțumesc pentru răspuns	1.9
multumesc pentru raspuns	1.9
mulțumesc pentru ajutor	2.2
multumesc pentru ajutor	2.2
răspuns rapid	2.0
raspuns rapid	2.0
răspuns prompt	2.1
raspuns prompt	2.1
servicii excelente	3.0
servicii proaste	-3.0
servicii de calitate	2.4
serviciu excelent	3.0
serviciu prost	-3.0
service prost	-2.8
relații cu clienții	0
suport tehnic	0
raport calitate preț	0.5
raport calitate pret	0.5
raport calitate-preț	0.5
raport calitate-pret	0.5
raport bun calitate preț	2.4
raport calitate preț foarte bun	2.8
raport calitate pret foarte bun	2.8
raport calitate preț excelent	3.0
cel mai bun raport calitate preț	3.0
pentru banii ăștia	0.6
pentru banii astia	0.6
la prețul ăsta	0.5
la pretul asta	0.5
la banii ăștia	0.5
la banii astia	0.5
preț bun	1.7
pret bun	1.7
preț mic	1.2
preț excelent	2.5
preț corect	1.6
preț decent	1.2
preț exagerat	-2.2
pret exagerat	-2.2
prea scump	-2.0
cam scump	-1.3
prea mult	-1.0
prea mic	-1.2
prea mică	-1.2
prea mare	-0.8
cu nimic	-0.8
calitate slabă	-2.5
calitate slaba	-2.5
calitate proastă	-2.8
calitate proasta	-2.8
calitate excelentă	3.0
calitate excelenta	3.0
calitate foarte bună	2.8
calitate foarte buna	2.8
calitate bună	2.0
calitate buna	2.0
calitate îndoielnică	-2.3
calitate indoielnica	-2.3
calitate mediocră	-2.2
calitate jalnică	-3.0
de calitate	1.6
de proastă calitate	-2.8
de proasta calitate	-2.8
de slabă calitate	-2.5
de slaba calitate	-2.5
de calitate slabă	-2.5
de calitate proastă	-2.8
de calitate inferioară	-2.5
conform descrierii	1.4
ca în poze	1.2
ca in poze	1.2
ca în descriere	1.2
nu corespunde	-2.0
nu corespunde descrierii	-2.4
nu seamănă	-1.6
nu seamana	-1.6
diferit de poză	-1.9
alt produs	-1.3
nu e original	-2.2
nu este original	-2.2
mă bucur că	2.0
mă bucur ca	2.0
sunt încântat	2.6
sunt încântată	2.6
sunt incantat	2.6
sunt incantata	2.6
sunt dezamăgit	-2.6
sunt dezamăgită	-2.6
sunt dezamagit	-2.6
sunt dezamagita	-2.6
foarte dezamăgit	-3.0
foarte dezamăgită	-3.0
foarte dezamagit	-3.0
foarte dezamagita	-3.0
total dezamăgit	-3.0
total dezamăgită	-3.0
sunt nemulțumit	-2.4
sunt nemulțumită	-2.4
foarte nemulțumit	-2.8
foarte nemulțumită	-2.8
cea mai bună	2.6
cele mai bune	2.6
cei mai buni	2.6
cea mai proastă	-3.0
cel mai prost	-3.0
cele mai proaste	-3.0
cea mai mare greșeală	-3.0
cea mai bună alegere	3.0
cea mai buna alegere	3.0
alegere bună	2.1
alegere buna	2.1
alegere excelentă	2.8
alegere proastă	-2.4
achiziție bună	2.2
achizitie buna	2.2
o achiziție excelentă	2.8
cea mai bună achiziție	3.0
cea mai buna achizitie	3.0
cumpărătură bună	2.1
bine făcut	2.0
bine facut	2.0
bine realizat	2.0
bine lucrat	2.0
prost făcut	-2.3
prost facut	-2.3
prost lucrat	-2.3
prost realizat	-2.3
foarte bine	2.4
destul de bine	1.2
destul de bun	1.2
destul de bună	1.2
în regulă	1.0
in regula	1.0
este ok	1.0
e în regulă	1.1
totul ok	1.4
totul e ok	1.5
totul bine	1.5
totul perfect	2.7
totul a fost perfect	2.9
fără probleme	1.6
fara probleme	1.6
fără nicio problemă	2.0
fara nicio problema	2.0
zero probleme	1.7
fără defecte	1.9
fără cusur	2.7
fara cusur	2.7
nu am avut probleme	1.8
n-am avut probleme	1.8
nu am nicio problemă	1.6
nu are defecte	1.8
nu dezamăgește	2.1
nu dezamageste	2.1
nu m-a dezamăgit	2.2
nu m-a dezamagit	2.2
nu regret	2.0
nu regret achiziția	2.5
nu regret nimic	2.0
regret	-1.8
regret că	-2.0
regret ca	-2.0
regret amarnic	-2.8
îmi pare rău	-1.3
imi pare rau	-1.3
păcat	-1.6
pacat	-1.6
ce păcat	-1.9
ce pacat	-1.9
din păcate	-1.5
din pacate	-1.5
nu e rău	1.3
nu e rau	1.3
nu-i rău	1.3
nu-i rau	1.3
nu este rău	1.3
nu este rau	1.3
nu e rea	1.3
nu e chiar rău	1.1
nu e deloc rău	1.8
nu e rău deloc	1.8
nu e prost	1.2
nu e prost deloc	1.6
nu e deloc prost	1.6
nu e cine știe ce	-1.4
nu e cine stie ce	-1.4
nimic special	-1.0
nimic deosebit	-1.0
nimic spectaculos	-0.9
nu e grozav	-1.5
nu e mare lucru	-1.2
nu mare lucru	-1.1
nu e ce trebuie	-1.6
nu e ce mă așteptam	-1.9
nu e ce ma asteptam	-1.9
peste așteptări	2.6
peste asteptari	2.6
peste așteptările mele	2.8
peste asteptarile mele	2.8
sub așteptări	-2.4
sub asteptari	-2.4
sub orice critică	-3.2
sub orice critica	-3.2
sub orice nivel	-3.0
la nivel înalt	2.0
la superlativ	2.8
de nota 10	2.9
nota 10	2.8
nota zece	2.8
de 10	2.3
10 din 10	2.9
5 stele	2.7
cinci stele	2.7
o stea	-2.0
zero stele	-3.0
la înălțime	2.2
la inaltime	2.2
ca lumea	1.6
cum trebuie	1.5
ca la carte	2.0
ca nou	1.6
ca nouă	1.6
o minune	2.8
o bijuterie	2.5
o țeapă	-3.0
o teapa	-3.0
o porcărie	-3.0
o porcarie	-3.0
o mizerie	-2.8
o rușine	-2.8
o prostie	-2.4
o bătaie de joc	-3.0
o batjocură	-3.0
o dezamăgire	-2.7
o dezamagire	-2.7
un dezastru	-2.9
un coșmar	-2.7
un chin	-2.4
o pierdere de timp	-2.7
o tâmpenie	-2.6
o țeapă totală	-3.4
batai de joc	-2.8
baiat de baiat	0
# --- interjections, slang, laughter, vulgar ---
haha	1.4
hahaha	1.6
hahahaha	1.7
ahaha	1.5
ahahah	1.6
ahahaha	1.6
hehe	1.1
hihi	1.1
hah	0.8
lol	1.4
lmao	1.6
xd	1.4
xdd	1.5
mor de râs	2.0
mor de ras	2.0
am murit de râs	2.0
m-am distrat	1.9
super	2.2
superb	3.0
wow	2.6
uau	2.6
uaau	2.8
waw	2.5
yay	2.2
uraa	2.0
yeey	2.0
yes	1.4
ole	1.5
jos pălăria	2.6
jos palaria	2.6
să trăiești	1.7
sa traiesti	1.7
doamne ajută	1.3
doamne ajuta	1.3
sănătate multă	1.9
multă sănătate	1.9
sa fie intr-un ceas bun	1.9
să fie într-un ceas bun	1.9
poftă bună	1.4
pofta buna	1.4
baftă	1.8
bafta	1.8
mult succes	2.3
ai grijă	0.4
te iubesc	3.0
vă iubesc	3.0
va iubesc	3.0
te pup	2.0
pupici	2.0
pupic	1.8
pup	1.6
pupi	1.8
te ador	3.0
inimioară	1.8
love	2.3
of	-1.2
ofof	-1.6
offf	-1.6
vai	-1.3
vaai	-1.6
vai de mine	-2.0
vai de noi	-2.2
vai de capul lor	-2.5
vai de capul tău	-2.5
vai de capul vostru	-2.5
vai mama lor	-2.6
doamne ferește	-1.6
doamne fereste	-1.6
ptiu	-1.6
pfff	-1.5
pff	-1.4
pfu	-1.2
uff	-1.4
uf	-1.2
mda	-0.7
meh	-0.8
bleah	-2.2
ioi	-0.6
aoleu	-1.5
aoleo	-1.5
ce naiba	-1.8
ce dracu	-2.0
ce dracului	-2.2
ce mama dracului	-2.6
la naiba	-2.1
naiba	-1.4
dracu	-1.4
dracului	-1.8
drace	-1.6
du-te dracului	-3.0
dute dracului	-3.0
duceți-vă dracului	-3.0
mama lor	-2.2
mama voastră	-2.4
mama ei	-1.6
fir-ar	-1.9
fir-ar să fie	-2.0
la dracu	-2.1
pula	-2.4
pula mea	-2.8
pulă	-2.4
în pula mea	-3.0
pizda	-2.6
pizdă	-2.6
muie	-3.0
muist	-3.0
muiști	-3.0
futu-i	-3.0
futu	-2.8
futut	-2.3
fmm	-3.0
plm	-2.8
pwp	1.8
cacat	-3.0
căcăcios	-2.8
curvă	-2.8
curva	-2.8
curve	-2.8
târfă	-2.8
târfe	-2.8
idiotule	-2.9
prostule	-2.6
tâmpitule	-2.9
nenorocitule	-3.1
nenorociților	-3.1
jigodiilor	-3.2
hoților	-3.0
ciuma roșie	-2.6
rușine să vă fie	-3.0
rusine sa va fie	-3.0
să vă fie rușine	-3.0
sa va fie rusine	-3.0
să-ți fie rușine	-3.0
n-aveți rușine	-3.0
nu aveți rușine	-3.0
n-au rușine	-2.9
nu au rușine	-2.9
nu vă e rușine	-3.0
nu va e rusine	-3.0
lipsă de respect	-2.6
lipsa de respect	-2.6
lipsă de profesionalism	-2.8
lipsa de profesionalism	-2.8
bate câmpii	-2.0
bat câmpii	-2.0
bate campii	-2.0
vorbe goale	-2.0
ce prostie	-2.4
ce tâmpenie	-2.6
ce rușine	-2.8
ce rusine	-2.8
ce jale	-2.6
ce mizerie	-2.8
ce dezastru	-2.9
ce dezamăgire	-2.7
ce porcărie	-3.0
ce bine	2.2
ce frumos	2.6
ce frumoasă	2.6
ce minunat	2.9
ce minunăție	2.9
minunăție	2.7
ce tare	2.0
ce mișto	2.4
ce misto	2.4
ce fain	2.3
ce bucurie	2.7
ce noroc	2.1
ce drăguț	2.1
ce dragut	2.1
ce drăguță	2.1
e o plăcere	2.3
cu plăcere	1.2
cu placere	1.2
cu drag	1.6
cu mult drag	2.0
din toată inima	1.8
din tot sufletul	1.9
din suflet	1.6
suflet	0.6
sufletul	0.6
merge ceas	2.6
merge brici	2.6
merge ca unsă	2.6
ca unsă	2.3
ieftin și bun	2.4
ieftin si bun	2.4
ieftin și prost	-1.8
bun și ieftin	2.4
bun si ieftin	2.4
#--- adverbs ---
bine	1.5
binee	1.8
minunat	3.0
perfect	2.8
rău	-2.2
rau	-2.0
prost	-2.3
groaznic	-3.0
îngrozitor	-3.1
oribil	-3.1
extrem de prost	-3.3
din fericire	1.5
din nefericire	-1.6
degeaba	-2.0
inutil	-2.3
fericit	2.7
cu succes	1.6
cu greu	-1.0
abia	-0.5
gratuit	0.9
gratis	0.9
# --- society / politics tone words common in social media ---
hoții	-2.8
mafioți	-2.8
mafiot	-2.8
mafia	-2.8
penali	-2.4
penalii	-2.4
ciumă	-2.5
ciuma	-2.5
ciuma rosie	-2.6
securiști	-2.0
comuniști	-1.4
dictatură	-2.4
dictator	-2.4
cenzură	-1.9
propagandă	-1.6
manipulare	-2.2
manipulatori	-2.4
manipulat	-1.9
manipulați	-2.0
dezinformare	-2.1
trădare de țară	-3.0
jaf național	-2.9
jefuit	-2.6
jefuită	-2.6
jefuiesc	-2.7
au jefuit	-2.8
au distrus	-2.7
au furat tot	-3.0
demisia	-1.0
demisie	-1.0
demisionează	-1.3
la pușcărie	-2.2
la puscarie	-2.2
în pușcărie	-2.0
la închisoare	-2.0
rușinea țării	-3.0
bătaie de joc față de	-3.0
încredere deplină	2.3
susțin	1.1
susținem	1.1
sprijinim	1.1
felicitări pentru	2.5
mulțumiri pentru	2.2
mândru că	2.0
mândri de	2.1
mandri de	2.1
mândru de	2.1
mandru de	2.1
# --- mixed everyday ---
așa și așa	-0.6
asa si asa	-0.6
merge și așa	-0.8
merge si asa	-0.8
e acceptabil	0.5
se poate și mai bine	-0.8
se putea mai bine	-1.2
putea fi mai bine	-1.0
ar putea fi mai bun	-0.9
lasă de dorit	-2.1
lasa de dorit	-2.1
lasă mult de dorit	-2.6
lasa mult de dorit	-2.6
las de dorit	-2.0
de nerecomandat	-2.6
nu se compară	0.8
nu are egal	2.6
fără egal	2.6
fara egal	2.6
nu are rival	2.5
nu am cuvinte	0.8
fără cuvinte	0.8
fara cuvinte	0.8
m-a lăsat fără cuvinte	1.2
cu bine	1.2
de bine	0.8
de rău	-1.2
cu răutate	-2.2
a fost o plăcere	2.2
a fost o placere	2.2
am rămas plăcut surprins	2.7
am ramas placut surprins	2.7
plăcut surprins	2.6
placut surprins	2.6
plăcut impresionat	2.6
neplăcut surprins	-2.4
neplacut surprins	-2.4
surprins neplăcut	-2.4
am rămas dezamăgit	-2.7
mi-am luat țeapă	-3.1
am luat țeapă	-3.1
am luat teapa	-3.1
luat țeapă	-3.0
luat teapa	-3.0
să nu cumpărați	-2.6
sa nu cumparati	-2.6
nu vă recomand	-2.7
nu va recomand	-2.7
vă recomand	2.4
va recomand	2.4
vă recomand cu căldură	3.0
va recomand cu caldura	3.0
recomand cu caldura	3.0
recomand cu incredere	3.0
sunt foarte mulțumit de	2.9
în fine	-0.3
in fine	-0.3
nu mai spun	-0.6
pe bune	0.5
nu mă plâng	1.2
nu ma plang	1.2
n-am de ce să mă plâng	1.6
nu mă pot plânge	1.4
nu ma pot plange	1.4
mă plâng	-1.4
ma plang	-1.4
mă enervează	-2.3
ma enerveaza	-2.3
enervează	-2.1
enerveaza	-2.1
mă doare	-1.7
ma doare	-1.7
mă sperie	-1.6
e greu	-1.0
greu de folosit	-1.8
ușor de folosit	1.8
usor de folosit	1.8
ușor de utilizat	1.8
usor de utilizat	1.8
ușor de montat	1.5
usor de montat	1.5
ușor de instalat	1.5
greu de montat	-1.5
greu de curățat	-1.5
ușor de curățat	1.5
usor de curatat	1.5
rezistă	1.3
rezista	1.3
se rupe	-2.0
s-a rupt	-2.3
s-a dezlipit	-2.1
s-a desprins	-2.0
s-a deformat	-2.0
s-a decolorat	-1.9
face zgomot	-1.8
face un zgomot	-1.8
face gălăgie	-1.8
face galagie	-1.8
miroase urât	-2.3
miroase urat	-2.3
miroase a plastic	-1.8
miroase frumos	1.9
miroase bine	1.8

# --- prefix entries: word families and open-ended forms (exact entries win first) ---
haha*	1.5
ahah*	1.5
hehe*	1.1
hihi*	1.1
dezamăg*	-2.4
nemulțum*	-2.2
minunat*	3.0
excelent*	3.0
superb*	3.0
fantastic*	3.0
groazn*	-3.0
îngrozit*	-2.8
jalnic*	-2.9
penibil*	-2.6
porcări*	-2.9
țepar*	-3.0
jegos*	-2.6
nesimți*	-2.8
nenorocit*	-2.9
escroc*	-3.0
înșelăto*	-2.8
recomandab*	2.0
nerecomand*	-2.4
mulțumit*	2.2
felicit*	2.4
bravoo*	2.6
mișto*	2.3
dezastr*	-2.8
catastrof*	-2.9
rușin*	-2.4
lamentabil*	-2.8
deplorabil*	-2.9
mizerabil*	-3.0
# --- coverage batch (2nd session): queues, courts and sanctions, outages, everyday feelings, mild evaluative
# --- words; written from knowledge of the language (diacritic-free forms derived by the loader)
coadă mare	-1.2
coada vieții	-1.2
stat la coadă	-1.0
la coadă	-0.6
judecată	-0.6
în judecată	-1.2
dat în judecată	-1.5
dați în judecată	-1.5
boicot	-1.2
boicotează	-1.2
boicotat	-1.2
închis	-0.5
închisă	-0.5
mi-au închis	-1.2
încălcat	-1.0
încălcare	-1.2
încălcarea	-1.2
blochează	-1.2
prăbușire	-2.0
prăbușirea	-2.0
s-a prăbușit	-2.0
lacom	-1.8
lacomă	-1.8
lacomi	-1.8
lăcomie	-1.8
lăcomia	-1.8
suspendare	-1.0
suspendat	-1.0
suspendată	-1.0
restricții	-0.8
restricțiile	-0.8
restricție	-0.8
controversat	-0.8
controversată	-0.8
a căzut	-1.0
a picat	-1.0
e picat	-1.2
executat silit	-2.2
executare silită	-2.0
somație	-1.0
bocit	-1.2
de milă	-1.0
șocat	-1.2
șocată	-1.2
mă inebunesc	-1.0
nu mai are baterie	-1.2
scăzut	-0.4
a scăzut	-0.6
oferta	0.4
moderat	0.2
incident	-1.0
incidentul	-1.0
accidentul	-1.6
pandemie	-0.8
pandemia	-0.8
cazuri	-0.3
amenda	-1.2
ce fumați	-1.5
ce fumezi	-1.5
da-te	-0.6
important	0.4
importantă	0.4
importante	0.4
importanți	0.4
folositor	1.0
campion	1.4
campioni	1.4
campioană	1.4
învingătoare	1.4
învingător	1.4
calificată	1.0
înfrângerea	-1.6
eliminat	-1.0
eliminată	-1.0
retrogradare	-1.5
retrogradată	-1.5
lider	0.5
liderul	0.5
lansat	0.3
lansează	0.3
lansare	0.3
teamă	-1.4
îngrijorare	-1.3
sper	0.6
sperăm	0.6
tare	0.8

# --- coverage round 3, batch 1: news, health, weather, service, gaps in feelings, food and slang (written from knowledge of the language)
# news: conflict, crime, disaster (mild values)
atac	-1.2
atacul	-1.2
atacuri	-1.2
atacurile	-1.2
atacat	-1.2
atacată	-1.2
atacați	-1.2
tâlhărie	-1.8
tâlhăria	-1.8
tâlhar	-1.8
tâlhari	-1.8
incendiu	-1.2
incendiul	-1.2
incendii	-1.2
inundații	-1.2
inundațiile	-1.2
inundație	-1.2
cutremur	-1.0
cutremurul	-1.0
explozie	-1.0
explozia	-1.0
explozii	-1.0
polemică	-0.8
polemica	-0.8
șomer	-1.0
șomeri	-1.0
șomerii	-1.0
foamete	-1.8
foametea	-1.8
prăbușit	-1.5
prăbușită	-1.5
răpit	-1.8
răpită	-1.8
răpire	-1.8
răpirea	-1.8
plagiat	-1.5
plagiatul	-1.5
plagiatului	-1.5
dopaj	-1.2
dopajul	-1.2
dopaj pozitiv	-1.5
arestat	-1.0
arestată	-1.0
arestați	-1.0
reținut pentru	-0.8
cercetat penal	-1.0
trimis în judecată	-1.0
prejudiciu	-1.2
prejudiciul	-1.2
prejudicii	-1.2
rană	-1.2
rănile	-1.2
răni grave	-1.8
evacuat	-0.8
evacuați	-0.8
blocaj	-1.0
blocajul	-1.0
ambuteiaj	-1.2
ambuteiaje	-1.2
aglomerație	-1.0
aglomerația	-1.0
aglomerat	-0.8
aglomerată	-0.8
ieftinire	0.8
s-a ieftinit	0.8
# health
febră	-1.2
febra	-1.2
gripă	-1.0
gripa	-1.0
gripat	-1.2
gripată	-1.2
răceală	-1.0
răceala	-1.0
răcit	-1.0
răcită	-1.0
migrenă	-1.5
migrena	-1.5
vomă	-1.8
vomit	-1.8
spitalizat	-1.2
spitalizată	-1.2
internat în spital	-1.2
internată în spital	-1.2
vindecat	1.5
vindecată	1.5
vindecați	1.5
recuperat complet	1.5
însănătoșire	1.5
grabnică însănătoșire	2.0
insomnie	-1.2
insomnii	-1.2
# weather complaints
ce cald	-1.0
prea cald	-1.2
cald de mori	-1.8
zăpușeala	-1.2
ce frig	-1.0
prea frig	-1.2
frig de crapă pietrele	-1.8
vreme mizerabilă	-1.8
furtună	-1.0
furtuna	-1.0
furtuni	-1.0
# service and customer care
coadă lungă	-1.2
cozi lungi	-1.2
cozi uriașe	-1.5
așteptare lungă	-1.2
atâta așteptare	-1.5
reparat	0.8
reparată	0.8
au reparat	1.2
fără semnal	-1.5
fără internet	-1.5
fără curent	-1.5
pică netul	-1.5
a picat netul	-1.5
nu merge netul	-1.5
bug	-1.0
buguri	-1.0
plin de buguri	-2.0
garanție refuzată	-2.0
garanția refuzată	-2.0
# gaps from probing: judgement, feelings, food, slang
anxios	-1.0
anxioasă	-1.0
depresie	-1.8
depresia	-1.8
șocant	-1.5
șocantă	-1.5
șocante	-1.5
pesimist	-1.0
pesimistă	-1.0
descurajat	-1.5
descurajată	-1.5
descurajant	-1.5
precar	-1.5
precară	-1.5
precare	-1.5
puturos	-2.0
puturoasă	-2.0
puturoși	-2.0
fără gust	-1.5
demodat	-1.0
demodată	-1.0
eșuat	-1.5
eșuată	-1.5
a eșuat	-1.5
fiasco	-2.0
fiasco total	-2.5
premiat	1.2
premiată	1.2
premiați	1.2
sărbătorim	1.2
admis	1.0
admisă	1.0
admiși	1.0
respins	-1.0
respinsă	-1.0
respinși	-1.0
s-a înrăutățit	-1.5
s-au înrăutățit	-1.5
omagiu	0.8
aplauze	1.5
ropote de aplauze	2.0
marfă	1.8
boss	0.8
yey	1.5
dezavantaj	-0.8
dezavantaje	-0.8
ironie	-0.3
sarcasm	-0.5
falsitate	-1.8
îndrăzneț	0.6
slăbiciune	-0.8
sățios	1.0
sățioasă	1.0
prea sărat	-1.5
prea sărată	-1.5
nefiert	-1.2
nefiartă	-1.2
aromat	1.0
aromată	1.0
crocant	1.2
crocantă	1.2
crocante	1.2
prea uscat	-1.2
prea uscată	-1.2
n-a venit	-1.5
n-a mai venit	-1.8

# --- coverage round 3, batch 2: economy and public life, internet abbreviations, idioms
# gaps from probing: economy and public-life words with a connotation, internet abbreviations, idioms
trofeu	1.0
trofeul	1.0
trofee	1.0
trofeele	1.0
cucerit trofeul	1.8
profit	0.6
profitul	0.6
profituri	0.6
profit record	1.5
inflație	-0.8
inflația	-0.8
inflației	-0.8
scumpete	-1.2
scumpetea	-1.2
deficit	-0.6
deficitul	-0.6
revoluționar	1.0
revoluționară	1.0
de lux	0.8
yupi	1.8
las-o baltă	-0.8
lasă-l baltă	-0.8
iad	-1.8
iadul	-1.8
infern	-1.8
infernul	-1.8
nu cumpăra	-1.5
ocoliți	-1.5
ocoliți-i	-1.8
mă lasă rece	-0.8
nam nam	1.2
mi-e somn	-0.6
n-am chef	-1.0
nu am chef	-1.0
pofticios	0.6
pofticioasă	0.6
marionetă	-1.2
marionete	-1.2
năpastă	-1.5
epidemie	-1.2
epidemia	-1.2
invazie	-1.5
invazia	-1.5
donație	0.8
donația	0.8
donații	0.8
donațiile	0.8
voluntari	0.6
voluntarii	0.6
f bn	2.0
foarte bn	2.0
bn	1.2
mrs	1.2
msi	1.2
model de urmat	2.0
ilegal	-1.2
ilegală	-1.2
ilegale	-1.2
ilegali	-1.2
batjocorit	-2.0
batjocorită	-2.0
batjocoriți	-2.0
disprețuit	-1.8
disprețuită	-1.8
tupeist	-1.8
tupeistă	-1.8
impertinent	-1.8
impertinentă	-1.8
sâcâitor	-1.5
sâcâitoare	-1.5
întunecat	-0.6
întunecată	-0.6
igienă precară	-2.0
lipsă de igienă	-2.0
curățenie impecabilă	2.5
curat lună	2.0

# --- coverage round 3, batch 3: genitive forms, deaths, English loans
# genitive and plural forms the stemmer keeps apart; deaths in news (mild); English loans common in Romanian posts
prăbușirii	-1.5
crizei	-1.2
fericirii	2.0
suferinței	-1.8
înfrângerii	-1.5
deces	-1.0
decesul	-1.0
decesului	-1.0
decese	-1.0
decesele	-1.0
a decedat	-1.0
au decedat	-1.0
trivial	-1.0
trivială	-1.0
triviale	-1.0
triviali	-1.0
limbaj suburban	-1.5
fancy	1.0
best	1.2
cel mai best	2.0
the best	2.0
happy	1.5
dislike	-1.0
amazing	2.5
worst	-2.5
funny	1.5
cringe	-1.5
win	1.2
sucks	-2.0
trash	-2.0
scam	-2.2
must have	1.8

# --- stem guards for this round: deci (deces), bestie (best)
deci	0
bestie	0
bestia	0
bestii	0

# --- stem guards: dece (de ce typed together), scame
dece	0
scame	0

# --- coverage round 3, batch 4: doubt, strangeness, futility, wishes
# doubt, strangeness, futility, wishes
sătul	-1.2
sătulă	-1.2
sătui	-1.2
sătul până-n gât	-2.0
casă de piatră	2.0
zadarnic	-1.2
zadarnică	-1.2
în zadar	-1.2
aiureală	-1.5
aiureli	-1.5
halucinant	-1.5
halucinantă	-1.5
bizar	-1.0
bizară	-1.0
bizare	-1.0
ciudățenie	-0.8
ciudățenii	-0.8
straniu	-0.6
stranie	-0.6
suspect	-1.0
suspectă	-1.0
dubios	-1.5
dubioasă	-1.5
dubioși	-1.5
dubioase	-1.5
îndoielnic	-1.2
îndoielnică	-1.2

# --- coverage round 3, batch 5: judgement adjectives A-Z, damaged goods
# judgement adjectives A-Z (gaps found by probing the field), gender and number forms; damaged goods
inadecvat	-1.2
inadecvată	-1.2
inadecvați	-1.2
inadecvate	-1.2
atrăgător	1.2
atrăgătoare	1.2
atrăgători	1.2
binevenit	1.5
binevenită	1.5
bineveniți	1.5
binevenite	1.5
binedispus	1.5
binedispusă	1.5
binedispuși	1.5
binedispuse	1.5
claustrofobic	-1.2
claustrofobică	-1.2
claustrofobici	-1.2
claustrofobice	-1.2
deliciu	2.0
deliciul	2.0
depreciativ	-1.2
depreciativă	-1.2
depreciativi	-1.2
depreciative	-1.2
dezechilibrat	-1.5
dezechilibrată	-1.5
dezechilibrați	-1.5
dezechilibrate	-1.5
dezonorant	-1.8
dezonorantă	-1.8
dezonoranți	-1.8
dezonorante	-1.8
nepregătit	-1.5
nepregătită	-1.5
nepregătiți	-1.5
nepregătite	-1.5
îmbogățitor	1.5
îmbogățitoare	1.5
îmbogățitori	1.5
exuberant	1.5
exuberantă	1.5
exuberanți	1.5
exuberante	1.5
ostil	-1.8
ostilă	-1.8
ostili	-1.8
ostile	-1.8
ostilitate	-1.5
ostilitatea	-1.5
ostilități	-1.5
ostilitățile	-1.5
infam	-2.2
infamă	-2.2
infami	-2.2
infame	-2.2
irascibil	-1.2
irascibilă	-1.2
irascibili	-1.2
irascibile	-1.2
iscusit	1.5
iscusită	1.5
iscusiți	1.5
iscusite	1.5
răutăcios	-2.0
răutăcioasă	-2.0
răutăcioși	-2.0
răutăcioase	-2.0
obsedat	-0.8
obsedată	-0.8
obsedați	-0.8
obsedate	-0.8
lipicios	-0.8
lipicioasă	-0.8
lipicioși	-0.8
lipicioase	-0.8
perspicace	1.5
prestigios	1.0
prestigioasă	1.0
prestigioși	1.0
prestigioase	1.0
problematic	-1.5
problematică	-1.5
problematici	-1.5
problematice	-1.5
radios	2.0
radioasă	2.0
radioși	2.0
radioase	2.0
irelevant	-0.8
irelevantă	-0.8
irelevanți	-0.8
irelevante	-0.8
renumit	0.8
renumită	0.8
renumiți	0.8
renumite	0.8
revigorant	1.8
revigorantă	1.8
revigoranți	1.8
revigorante	1.8
sever	-0.8
severă	-0.8
severi	-0.8
severe	-0.8
sofisticat	1.2
sofisticată	1.2
sofisticați	1.2
sofisticate	1.2
sordid	-2.2
sordidă	-2.2
sordizi	-2.2
sordide	-2.2
nătâng	-1.5
nătângă	-1.5
nătângi	-1.5
triumfător	1.8
triumfătoare	1.8
triumfători	1.8
veninos	-1.5
veninoasă	-1.5
veninoși	-1.5
veninoase	-1.5
vibrant	1.8
vibrantă	1.8
vibranți	1.8
vibrante	1.8
viguros	1.0
viguroasă	1.0
viguroși	1.0
viguroase	1.0
capricios	-1.0
capricioasă	-1.0
capricioși	-1.0
capricioase	-1.0
zelos	1.0
zeloasă	1.0
zeloși	1.0
zeloase	1.0
făcut praf	-1.5
plin de praf	-1.2
igrasie	-1.5
fisurat	-1.5
fisurată	-1.5
fisurați	-1.5
fisurate	-1.5
mototolit	-1.0
mototolită	-1.0
mototoliți	-1.0
mototolite	-1.0
șifonat	-0.8
șifonată	-0.8
șifonați	-0.8
șifonate	-0.8

# --- coverage round 3, batch 6: product-review expressions
# product-review expressions
ține puțin	-1.2
tine putin	-1.2
ține o zi	-1.0
se montează ușor	1.2
se monteaza usor	1.2
fără instrucțiuni	-1.0
se dezlipește	-1.5
se dezlipeste	-1.5
ca în poză	1.0
ca in poza	1.0
arată ca în poză	1.2
arata ca in poza	1.2
clienți fideli	1.0
cumpăr din nou	1.5
cumpar din nou	1.5
voi mai cumpăra	1.5
voi mai cumpara	1.5
mai cumpăr	1.0
mai cumpar	1.0

# --- coverage round 3, batch 7: pity, resignation, wishes, exasperation
# pity, resignation, wishes and exasperation
săracu	-0.8
săracu'	-0.8
sărmanul	-0.8
sărmana	-0.8
sărmanii	-0.8
bietul	-0.8
biata	-0.8
bieții	-0.8
ce să-i faci	-0.5
n-ai ce face	-0.5
slavă cerului	1.2
să dea dumnezeu	1.0
ferească dumnezeu	-1.0
ferească sfântul	-1.0
dumnezeu cu mila	-0.8
e culmea	-1.5
asta-i culmea	-1.5
asta e culmea	-1.5
culmea tupeului	-2.0
culmea nesimțirii	-2.5
horror	-1.5
splendoare	2.2

# --- coverage round 3, batch 8: feelings and customer-care verbs, first person
# feelings and customer-care verbs in the first person
m-a convins	1.2
m-au convins	1.2
am rămas mască	-0.8
ne-am distrat	1.8
ne-am distrat de minune	2.5
hohote de râs	2.0
în hohote	1.5
m-au taxat	-1.2
m-au taxat dublu	-2.2
taxat dublu	-2.0
taxați dublu	-2.0
mi-au luat banii	-1.5
mi-au răspuns repede	1.8
mi-au închis telefonul	-2.0
închid telefonul	-1.2
închide telefonul	-1.2
te plimbă de colo-colo	-1.5
de la un birou la altul	-1.2
de la un ghișeu la altul	-1.2

# --- coverage round 3, batch 9: crime and accident words of the news (mild)
# crime and accident words of the news (mild values)
încarcerat	-1.0
încarcerată	-1.0
încarcerați	-1.0
încarcerate	-1.0
sancționat	-0.8
sancționată	-0.8
sancționați	-0.8
sancționate	-0.8
sancțiune	-0.8
sancțiunea	-0.8
sancțiuni	-0.8
sancțiunile	-0.8
percheziții	-1.0
perchezițiile	-1.0
cătușe	-1.0
cătușele	-1.0
evaziune	-1.5
evaziunea	-1.5
evaziune fiscală	-1.8
spălare de bani	-1.5
contrabandă	-1.2
contrabanda	-1.2
trafic de droguri	-1.8
droguri	-1.0
drogurile	-1.0
drogat	-1.5
drogată	-1.5
drogați	-1.5
drogate	-1.5
beat criță	-1.8
băut la volan	-1.8
tamponare	-1.0
tamponarea	-1.0
s-a răsturnat	-1.2
înjunghiat	-2.0
înjunghiată	-2.0
înjunghiați	-2.0
împușcat	-2.0
împușcată	-2.0
împușcați	-2.0
decedat	-1.0
decedată	-1.0
decedați	-1.0
decedate	-1.0
cadavru	-1.2
cadavrul	-1.2
cadavre	-1.2
spargere	-1.5
spargerea	-1.5

# --- stem guards (round 3)
# stem guards (round 3): frequent neutral words that reached an evaluative entry of another family
țară	0
țara	0
țări	0
țării	0
țările	0
țărilor	0
anul	0
anului	0
china	0
chinezi	0
chinezii	0
chinezul	0
chineză	0
chinezesc	0
chinezești	0
politic	0
politică	0
politice	0
politici	0
politicii	0
omenire	0
omenirea	0
omenirii	0
campionat	0
campionatul	0
campionatului	0
campionate	0
campionatele	0
circulă	0
circula	0
circulăm	0
circulație	0
circulația	0
motiv	0
motivul	0
motive	0
motivele	0
acces	0
accesul	0
respectiv	0
respectivă	0
respectivul	0
respectiva	0
respectivii	0
hotărâre	0
hotărârea	0
hotărârii	0
minte	0
mintea	0
minții	0
mințile	0
știm	0
interes	0
interesul	0
interesat	0
interesată	0
interesați	0
energie	0
energia	0
energiei	0
energiile	0
moară	0
moara	0
datorită	0
educație	0
educația	0
educației	0
relații	0
relațiile	0
relațiilor	0
sat	0
satul	0
satului	0
sate	0
satele	0
producție	0
producția	0
producției	0
comunicat	0
comunicatul	0
comunicare	0
comunicarea	0
placă	0
placa	0
plăci	0
umil	0
umilă	0
umili	0
umile	0
reclamă	0
reclama	0
reclame	0
reclamele	0
reclamei	0
utilități	0
utilitățile	0

# --- coverage round 3, batch 10: criticism, praise, blame, apology
# criticism and praise, blame and apology; missing forms
idioată	-2.5
idioate	-2.5
negativ	-1.2
negativă	-1.2
negativi	-1.2
negative	-1.2
negativul	-1.2
test negativ	0.5
blamează	-1.0
blamat	-1.0
blamată	-1.0
blamați	-1.0
criticat	-0.8
criticată	-0.8
criticați	-0.8
criticate	-0.8
criticile	-0.6
elogiat	1.5
elogiată	1.5
elogiați	1.5
elogii	1.5
elogiile	1.5
apreciere	1.2
aprecierea	1.2
aprecieri	1.2
aprecierile	1.2
reproș	-1.0
reproșuri	-1.0
reproșurile	-1.0
scuze	-0.3
îmi cer scuze	-0.5
ne cerem scuze	-0.5

# --- stem guards: judecător (judecată)
judecător	0
judecătorul	0
judecătorii	0

# --- ajunge expressions; stem guards for bunica (bunicică)
# "ajunge" is far more often "arrives" than "enough!": the verb is neutral, the exasperated uses are expressions
mi-a ajuns	-1.2
ne-a ajuns	-1.2
mi-ajunge	-1.2
ajunge atât	-1.0
bunica	0
bunicul	0
bunicii	0
bunici	0
bunicilor	0
bunicuța	0

# --- coverage round 3, batch 11: public life, work and sports words (mild)
# public life, work and sports: words with a connotation (mild values)
tensiuni	-1.0
tensiunile	-1.0
concedieri	-1.2
concedierile	-1.2
concediere	-1.2
concedierea	-1.2
disponibilizări	-1.2
disponibilizările	-1.2
insolvență	-1.2
insolvența	-1.2
restanțe	-1.0
restanțele	-1.0
majorare salarială	1.0
creștere salarială	1.0
majorarea salariilor	1.0
creșterea salariilor	1.0
tăieri salariale	-1.5
tăierea salariilor	-1.5
austeritate	-1.2
austeritatea	-1.2
pensii mici	-1.2
golazo	2.0
gol superb	2.0
autogol	-1.2
pe podium	1.2

# --- stem guards: memorie, poziție, încape, lipit, recunoscut
# stem guards (round 3, product reviews): neutral words that reached another family's entry
memorie	0
memoria	0
memoriei	0
memorii	0
memoriile	0
poziție	0
poziția	0
poziții	0
pozițiile	0
poziției	0
încape	0
încap	0
încăpere	0
încăperea	0
încăperi	0
lipit	0
lipită	0
lipiți	0
lipite	0
recunoscut	0
recunoscută	0
recunoscuți	0
recunoscute	0

# --- stem guards: folosit (folositor; the documented collision was still live)
folosesc	0
folosim	0
folosit	0
folosită	0
folosiți	0
folosite	0
foloseam	0
folosește	0
folosi	0
folosire	0
folosirea	0

# --- coverage round 3, batch 12: customer care (apps, accounts, deliveries, bank fees, phone queues)
# customer care: apps, accounts, deliveries, banking fees, phone queues
nu se deschide	-1.5
aplicația nu se deschide	-2.0
nu pot accesa	-1.5
nu mă pot loga	-1.5
nu ma pot loga	-1.5
lipsea o piesă	-1.5
lipsesc piese	-1.5
înainte de termen	1.5
a ajuns înainte de termen	1.8
dobânzi mari	-1.2
dobânzi uriașe	-1.8
comisioane mari	-1.2
comisioane uriașe	-1.8
comision ascuns	-1.8
comisioane ascunse	-1.8
taxat de două ori	-2.0
plătit de două ori	-1.8
ore la telefon	-1.5
ore întregi la telefon	-1.8
muzica de așteptare	-1.0
nimeni nu știe nimic	-1.8

# --- coverage round 3, batch 13: feelings, first person
# feelings, first person
mă uimește	1.0
mă șochează	-1.2
mă umilește	-2.0
îmi vine să urlu	-1.8

# --- coverage round 3, batch 14: social behaviour, relationships, work and school, public-life vices
# social behaviour, relationships, work and school, public-life vices
bârfă	-1.0
bârfa	-1.0
bârfe	-1.0
bârfele	-1.0
bârfitor	-1.5
bârfitoare	-1.5
bârfitori	-1.5
gelozie	-1.0
gelozia	-1.0
orgoliu	-0.8
orgoliul	-0.8
orgolios	-1.2
orgolioasă	-1.2
orgolioși	-1.2
orgolioase	-1.2
despărțire	-1.0
despărțirea	-1.0
divorț	-0.8
divorțul	-0.8
concediat	-1.5
concediată	-1.5
concediați	-1.5
concediate	-1.5
mărire de salariu	1.2
am picat examenul	-1.5
am luat bacul	1.5
am trecut examenul	1.5
nepotism	-1.8
nepotismul	-1.8
clientelism	-1.5
clientelismul	-1.5
vânzători de țară	-2.2
slugă	-1.8
sluga	-1.8
slugi	-1.8
slugile	-1.8
pupincurist	-2.0
pupincuriști	-2.0
pupincuriștii	-2.0
lingușitor	-1.5
lingușitoare	-1.5
lingușitori	-1.5
fățărnicie	-2.0
fățărnicia	-2.0
fățarnic	-2.0
fățarnică	-2.0
fățarnici	-2.0
fățarnice	-2.0
descurcăreț	1.2
descurcăreață	1.2
descurcăreți	1.2
chibzuit	1.0
chibzuită	1.0
chibzuiți	1.0
chibzuite	1.0
cumpătat	1.0
cumpătată	1.0
cumpătați	1.0
cumpătate	1.0
zgârcenie	-1.5
zgârcenia	-1.5

# --- coverage round 3, batch 15: idioms of quality, deceit and mood
# idioms of quality, deceit and mood
promisiuni deșarte	-1.5
praf în ochi	-1.5
a luat-o razna	-1.2
tras pe sfoară	-1.8
trași pe sfoară	-1.8
dus de nas	-1.8
duși de nas	-1.8
ca pe roate	1.8
cu brio	2.0
la fix	1.2
fără pereche	2.0
de zile mari	1.8
te lingi pe degete	2.5
să te lingi pe degete	2.5
ca la mama acasă	2.0
mană cerească	2.0
ca nuca în perete	-1.2
nici cald nici rece	-0.6
bani de pomană	-0.8
o nimica toată	-0.6
pe muchie de cuțit	-1.0
la pământ	-1.2
în al nouălea cer	2.5
# --- coverage round 4 (third round of issue 3), batch 1: politeness and invitations, novelties, help, misses and
# --- red cards, obsolete words for "insignificant", snitching, "priceless" (by hand, no list consulted)
te rog	0.3
vă rog	0.3
vă rugăm	0.3
vă așteptăm	0.6
te așteptăm	0.5
vă așteptăm cu drag	1.2
te așteptăm cu drag	1.2
nu ratați	0.6
nu rata	0.5
noutate	0.4
noutatea	0.4
noutăți	0.4
noutățile	0.4
ajutat	0.5
ajutată	0.5
ajutați	0.5
ne ajută	0.5
ne-a ajutat	1.0
ratare	-0.8
ratarea	-0.8
ratări	-0.8
cartonaș roșu	-0.8
insignifiant	-0.8
insignifiantă	-0.8
insignifianți	-0.8
insignifiante	-0.8
hoașcă	-1.5
hoașca	-1.5
hoaște	-1.5
pârâcios	-1.2
pârâcioasă	-1.2
pârâcioși	-1.2
pârâcioase	-1.2
pârăște	-0.8
pârăsc	-0.8
neprețuit	2.0
neprețuită	2.0
neprețuiți	2.0
neprețuite	2.0
# --- coverage round 4, batch 2: English loans of tweets (nice, damn, shit, fuck, lame, thx) and the idiom "n-ai avut ce face";
# --- "nice" is safe now that "nici" (negator) has its own 0 entry in [valence] and so keeps the shared stem "nic"
nice	1.5
nici	0
damn	-1.0
shit	-2.0
fuck	-2.5
fuck*	-2.0
thx	1.2
n-ai avut ce face	-0.8
nu ai avut ce face	-0.8
n-aveai ce face	-0.8
nu aveai ce face	-0.8
n-ai altceva de făcut	-1.0
n-ai altceva mai bun de făcut	-1.0
# --- coverage round 4, batch 3: product-review phrases (as expected, high standards, a step forward, flimsy, misfire,
# --- exploded, doesn't fit, won't stick, got burned, don't get your hopes up) and misspellings of tweets
conform așteptărilor	1.2
peste standarde	1.5
la standarde înalte	1.5
standarde înalte	1.2
pas înainte	0.8
un mare pas înainte	1.5
un pas înapoi	-0.8
calitativ	1.5
calitativă	1.5
calitativi	1.5
calitative	1.5
supper	2.0
formidable	2.5
corespunde	0.8
corespunde descrierii	1.4
exact ce căutam	2.0
exact ceea ce căutam	2.0
e ce trebuie	1.0
exact ce trebuie	1.5
rateu	-1.0
rateuri	-1.0
firav	-1.0
firavă	-1.0
firavi	-1.0
firave	-1.0
sunet clar	1.2
am rămas cu el în mână	-1.5
am rămas cu ea în mână	-1.5
am pățit-o	-1.2
am patit-o	-1.2
nu vă faceți iluzii	-1.2
nu te face iluzii	-1.2
a explodat	-2.0
nu se potrivește	-1.2
nu se potriveste	-1.2
nu stă fix	-1.0
nu stă fixat	-1.0
nu se lipește	-1.0
nu mai stă lipit	-1.2
zgârieturi	-1.2
zgârietură	-1.2
# --- coverage round 4, batch 4: idioms of disregard and pretence (nu-l băga în seamă, se face că plouă), of annoyance
# --- (zgârie pe urechi, dă de gândit), reinvention and festive spirit
nu-l băga în seamă	-0.6
nu-i băga în seamă	-0.6
nu-l băgați în seamă	-0.6
nu-i băgați în seamă	-0.6
nu îl băgați în seamă	-0.6
nu îi băgați în seamă	-0.6
se face că plouă	-1.0
se fac că plouă	-1.0
te faci că plouă	-1.0
vă faceți că plouă	-1.0
ne facem că plouă	-1.0
zgârie pe urechi	-1.0
te zgârie pe urechi	-1.0
îmi dă de gândit	-0.5
dă de gândit	-0.5
ne dă de gândit	-0.5
reinventat	0.6
reinventată	0.6
reinventați	0.6
reinventate	0.6
reinventare	0.6
reinventarea	0.6
se reinventează	0.6
spiritul crăciunului	1.0
magia crăciunului	1.2
magia sărbătorilor	1.2
# --- coverage round 4, batch 5: delay and bans (events bad for the people in them; mild). Reopening, blizzard, capitulation,
# --- "obsolete" and missed shots were measured too and left out: in ro.tsv they land in headlines labelled neutral
amânat	-0.6
amânată	-0.6
amânați	-0.6
amânate	-0.6
amânare	-0.6
amânarea	-0.6
amânări	-0.6
amânările	-0.6
amână	-0.5
se amână	-0.6
interzis	-0.6
interzisă	-0.6
interziși	-0.6
interzise	-0.6
interzice	-0.6
interzic	-0.6
interdicție	-0.6
interdicția	-0.6
interdicții	-0.6
interdicțiile	-0.6
# --- stem guards (round 4): frequent neutral words that reached an evaluative entry through the stem:
# --- vom (we will) -> vomă, fiți (be!) and fit -> fițe, apăsa (press) -> apăsător
vom	0
fiți	0
fit	0
apăs	0
apasă	0
apăsa	0
apăsat	0
apăsată	0
apăsați	0
apăsăm	0
# --- coverage round 4, batch 6: invitations and wishes (vă invităm, vă doresc, urări, de neratat), the insult "un ratat",
# --- recommendations, medals
un ratat	-2.0
o ratată	-2.0
niște ratați	-2.0
vă invităm	0.6
vă invit	0.5
te invit	0.5
te invităm	0.6
vă doresc	0.8
îți doresc	0.8
vă dorim	0.8
urări	1.2
urări de bine	1.5
de neratat	1.5
recomandări	0.5
medalie de argint	1.2
medalia de argint	1.2
medalie de bronz	1.0
medalia de bronz	1.0
# --- coverage round 4, batch 7: refusal and restriction (mild), "blown up" ("decisiv" left out: its stem is "decis", decided)
refuz	-0.6
refuzul	-0.6
refuză	-0.6
refuzat	-0.6
refuzată	-0.6
refuzați	-0.6
refuzate	-0.6
a refuzat	-0.6
restricționat	-0.6
restricționată	-0.6
restricționați	-0.6
restricționate	-0.6
aruncă în aer	-0.8
a aruncat în aer	-0.8
aruncat în aer	-0.8
# --- stem guards and zero expressions (round 4): promite -> promițător, dori -> dor, petrece -> petrecere, atenție -> atent,
# --- parfum -> parfumat, sănătății (the ministry) -> sănătos; "de exemplare" (copies), "Liga Campionilor", "mai bine zis" (rather)
promite	0
promit	0
dori	0
dorim	0
petrec	0
petreci	0
petrece	0
petrecut	0
petrecem	0
atenție	0
atenția	0
parfum	0
parfumul	0
sănătății	0
de exemplare	0
liga campionilor	0
mai bine zis	0
# "didn't even bother": the negated "obosit" (tired) would read as positive
nu s-a obosit	-1.2
nici nu s-a obosit	-1.5
nu s-au obosit	-1.2
nu se obosește	-1.0
nu se obosesc	-1.0
# --- round 4: words that reached a stronger entry of another family through the stem, given their own value:
# --- infection (not "infect", disgusting), to reject (not "respingător", repulsive), offensive play (not "ofensator"),
# --- to exceed (not "depășit", outdated); pork in recipes is not the insult
infectare	-1.2
infectarea	-1.2
infectări	-1.2
infecție	-1.2
infecția	-1.2
infecții	-1.2
respinge	-0.5
resping	-0.5
respinse	-0.5
ofensiv	0
ofensivă	0
ofensive	0
ofensivi	0
depăși	0
depășesc	0
depășească	0
carne de porc	0
friptură de porc	0
ceafă de porc	0
cotlet de porc	0
mușchi de porc	0
pulpă de porc	0
costiță de porc	0
# --- round 4: "răsfăț" (a treat) is not "răsfățat" (spoiled); "indiferent de" is "regardless of"; Eroilor is a place name
răsfăț	1.5
răsfățul	1.5
un răsfăț	1.8
răsfață	1.0
indiferent de	0
eroilor	0
# --- coverage round 4, batch 8: renown and prestige (reputat, celebru, faimos, de prestigiu, de excepție, moment istoric)
reputat	1.0
reputată	1.0
reputați	1.0
reputate	1.0
celebru	0.6
celebră	0.6
celebri	0.6
celebre	0.6
faimos	0.6
faimoasă	0.6
faimoși	0.6
faimoase	0.6
de prestigiu	1.0
de excepție	2.0
moment istoric	1.2
în premieră	0.5
# --- coverage round 4, batch 9: "it's pointless" (n-are rost), reconciled (împăcat), fair play
n-are rost	-1.0
nu are rost	-1.0
n-are niciun rost	-1.2
nu are niciun rost	-1.2
n-avea rost	-1.0
nu avea rost	-1.0
fără rost	-0.8
împăcat	0.6
împăcată	0.6
împăcați	0.6
împăcate	0.6
fair play	1.0
fair-play	1.0

# --- after round 3 (lead): favourites, refusal, a vulgar word
preferat*               1.2
favorit*                0.8
nu vreau                -0.8
nu vrem                 -0.8
cur                     -1.2
ratat*                  -0.8
incuraj*                1.5

[negators]
numi
nui
nul
nu
n-am
n-a
n-ai
n-au
n-ați
n-ati
n-are
n-aș
n-as
n-ar
n-o
n-avem
n-aveți
n-aveti
nu-i
nu-s
nu-mi
nu-ți
nu-ti
nu-l
nu-și
nu-si
nici
niciodată
niciodata
nicicând
nicicand
nimic
nimeni
niciun
nicio
niciunul
niciuna
nicăieri
nicaieri
fără
fara
deloc

[negation-prefixes]
# Romanian ne- is productive on adjectives and participles (nerezolvat, nerecomandat,
# neserios); it applies only when the whole word is not in the lexicon and the rest is.
ne	4

[intensifiers]
f	0.25
ft	0.25
fff	0.3
foarte	0.293
prea	0.25
extrem	0.35
extrem de	0.35
super	0.3
mega	0.3
ultra	0.3
hiper	0.25
tare	0.25
atât de	0.25
atat de	0.25
așa de	0.25
asa de	0.25
total	0.3
complet	0.3
absolut	0.3
cu totul	0.3
teribil de	0.35
îngrozitor de	0.35
ingrozitor de	0.35
groaznic de	0.35
incredibil de	0.35
extraordinar de	0.35
nemaipomenit de	0.35
deosebit de	0.3
cu adevărat	0.25
cu adevarat	0.25
chiar	0.2
într-adevăr	0.2
intr-adevar	0.2
sincer	0.1
mult	0.2
mult mai	0.25
enorm	0.3
infinit	0.3
maxim	0.25
din cale afară	0.35
din cale afara	0.35
de-a dreptul	0.3
pur și simplu	0.2
pur si simplu	0.2
cel mai	0.3
cea mai	0.3
cele mai	0.3
cei mai	0.3
tot mai	0.2
din ce în ce mai	0.25
din ce in ce mai	0.25
cam	-0.2
destul de	-0.1
oarecum	-0.25
puțin	-0.3
putin	-0.3
un pic	-0.3
un pic cam	-0.2
ușor	-0.2
usor	-0.2
relativ	-0.2
aproape	-0.25
parțial	-0.25
partial	-0.25
mai mult sau mai puțin	-0.3
mai mult sau mai putin	-0.3
întrucâtva	-0.25
aproximativ	-0.2

[contrast]
dar
însă
insa
totuși
totusi
deși
desi
cu toate acestea
cu toate că
cu toate ca
ci
în schimb
in schimb
numai că
numai ca
doar că
doar ca
chiar dacă
chiar daca

[settings]
double_negation = concord
