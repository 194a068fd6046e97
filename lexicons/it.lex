# earshot sentiment lexicon: Italian (it).
# Written by hand for the earshot project from knowledge of the language; no entry or value is
# taken from another sentiment list. Valence in [-4, +4]: +-0.5..1 mild, +-1.5..2.5 clear, +-3..4 strong.
# Inflected forms are listed for the common adjectives and -are verbs so that a stemmer miss never
# loses a frequent word; the Snowball Italian stemmer covers the rest.
@lang it
@stemmer snowball:italian

[valence]
# --- positive adjectives ---
buono	1.9
buona	1.9
buoni	1.9
buone	1.9
buonissimo	2.5
buonissimi	2.5
buonissime	2.5
ottimo	3.0
ottima	3.0
ottimi	3.0
ottime	3.0
ottimissimo	3.6
ottimissima	3.6
ottimissimi	3.6
ottimissime	3.6
bello	2.2
bella	2.2
belli	2.2
belle	2.2
bellissimi	2.8
stupendo	3.1
stupendi	3.1
stupende	3.1
stupendissimo	3.7
stupendissima	3.7
stupendissimi	3.7
stupendissime	3.7
meraviglioso	3.2
meravigliosa	3.2
meravigliosi	3.2
meravigliose	3.2
meravigliosissimo	3.8
meravigliosissima	3.8
meravigliosissimi	3.8
meravigliosissime	3.8
magnifico	3.1
magnifica	3.1
magnifiche	3.1
fantastico	3.1
fantastiche	3.1
favoloso	3.1
favolosa	3.1
favolosi	3.1
favolose	3.1
favolosissimo	3.7
favolosissima	3.7
favolosissimi	3.7
favolosissime	3.7
splendido	3.0
splendida	3.0
splendidi	3.0
splendide	3.0
splendidissimo	3.6
splendidissima	3.6
splendidissimi	3.6
splendidissime	3.6
eccellente	3.1
eccellenti	3.1
perfetto	2.9
perfetta	2.9
perfetti	2.9
perfette	2.9
perfettissimo	3.5
perfettissima	3.5
perfettissimi	3.5
perfettissime	3.5
eccezionale	3.0
eccezionali	3.0
straordinario	2.8
straordinaria	2.8
straordinari	2.8
straordinarie	2.8
incredibile	1.5
incredibili	1.5
incredibilissimo	2.1
incredibilissima	2.1
incredibilissimi	2.1
incredibilissime	2.1
strepitoso	3.1
strepitosa	3.1
strepitosi	3.1
strepitose	3.1
strepitosissimo	3.7
strepitosissima	3.7
strepitosissimi	3.7
strepitosissime	3.7
spettacolare	2.9
grandioso	2.7
grandiosa	2.7
grandiosi	2.7
grandiose	2.7
grandiosissimo	3.3
grandiosissima	3.3
grandiosissimi	3.3
grandiosissime	3.3
formidabile	2.8
formidabili	2.8
formidabilissimo	3.4
formidabilissima	3.4
formidabilissimi	3.4
formidabilissime	3.4
superbo	2.6
superba	2.6
superbi	2.6
superbe	2.6
superbissimo	3.2
superbissima	3.2
superbissimi	3.2
superbissime	3.2
sublime	3.0
sublimi	3.0
sublimissimo	3.6
sublimissima	3.6
sublimissimi	3.6
sublimissime	3.6
divino	2.7
divina	2.7
divini	2.7
divine	2.7
divinissimo	3.3
divinissima	3.3
divinissimi	3.3
divinissime	3.3
delizioso	2.8
deliziosa	2.8
deliziosi	2.8
deliziose	2.8
deliziosissimo	3.4
deliziosissima	3.4
deliziosissimi	3.4
deliziosissime	3.4
squisito	2.8
squisita	2.8
squisiti	2.8
squisite	2.8
squisitissimo	3.4
squisitissima	3.4
squisitissimi	3.4
squisitissime	3.4
gustoso	2.0
gustosa	2.0
gustosi	2.0
gustose	2.0
gustosissimo	2.6
gustosissimi	2.6
gustosissime	2.6
saporito	1.6
saporita	1.6
saporiti	1.6
saporite	1.6
saporitissimo	2.2
saporitissima	2.2
saporitissimi	2.2
saporitissime	2.2
piacevole	1.9
piacevoli	1.9
piacevolissimo	2.5
piacevolissima	2.5
piacevolissimi	2.5
piacevolissime	2.5
gradevole	1.7
gradevoli	1.7
gradevolissimo	2.3
gradevolissima	2.3
gradevolissimi	2.3
gradevolissime	2.3
carino	1.8
carina	1.8
carini	1.8
carine	1.8
carinissimo	2.4
carinissima	2.4
carinissimi	2.4
carinissime	2.4
grazioso	1.8
graziosa	1.8
graziosi	1.8
graziose	1.8
graziosissimo	2.4
graziosissima	2.4
graziosissimi	2.4
graziosissime	2.4
simpatico	1.9
simpatica	1.9
simpatiche	1.9
simpaticissimo	2.7
simpaticissima	2.7
simpaticissimi	2.7
simpaticissime	2.7
gentile	2.0
gentili	2.0
gentilissimo	2.6
gentilissima	2.6
gentilissimi	2.6
gentilissime	2.6
cortese	1.9
cortesi	1.9
cordiale	1.8
cordiali	1.8
disponibile	1.6
disponibili	1.6
disponibilissimo	2.2
disponibilissima	2.2
disponibilissimi	2.2
disponibilissime	2.2
affidabile	2.0
affidabili	2.0
affidabilissimo	2.6
affidabilissima	2.6
affidabilissimi	2.6
affidabilissime	2.6
onesto	2.0
onesta	2.0
onesti	2.0
oneste	2.0
onestissimo	2.6
onestissima	2.6
onestissimi	2.6
onestissime	2.6
sincero	1.8
sincera	1.8
sinceri	1.8
sincere	1.8
sincerissimo	2.4
sincerissima	2.4
sincerissimi	2.4
sincerissime	2.4
leale	1.9
leali	1.9
fedele	1.3
fedeli	1.3
fedelissimo	1.9
fedelissima	1.9
fedelissimi	1.9
fedelissime	1.9
corretto	1.4
corretta	1.4
corretti	1.4
corrette	1.4
correttissimo	2.0
correttissima	2.0
correttissimi	2.0
correttissime	2.0
competente	2.0
competenti	2.0
professionale	1.8
professionali	1.8
preciso	1.5
precisa	1.5
precisi	1.5
precise	1.5
precisissimo	2.1
precisissima	2.1
precisissimi	2.1
precisissime	2.1
puntuale	1.9
puntuali	1.9
veloce	1.4
veloci	1.4
velocissimo	2.0
velocissimi	2.0
velocissime	2.0
rapido	1.4
rapida	1.4
rapidi	1.4
rapide	1.4
rapidissimo	2.0
rapidissima	2.0
rapidissimi	2.0
rapidissime	2.0
efficiente	2.0
efficienti	2.0
efficace	1.8
efficaci	1.8
efficacissimo	2.4
efficacissima	2.4
efficacissimi	2.4
efficacissime	2.4
utile	1.6
utili	1.6
utilissimo	2.2
utilissima	2.2
utilissimi	2.2
utilissime	2.2
pratico	1.2
pratica	1.2
pratiche	1.2
comodo	1.5
comoda	1.5
comodi	1.5
comode	1.5
comodissimo	2.1
comodissimi	2.1
comodissime	2.1
conveniente	1.5
convenienti	1.5
vantaggioso	1.6
vantaggiosa	1.6
vantaggiosi	1.6
vantaggiose	1.6
vantaggiosissimo	2.2
vantaggiosissima	2.2
vantaggiosissimi	2.2
vantaggiosissime	2.2
funzionale	1.3
funzionali	1.3
valido	1.3
valida	1.3
validi	1.3
valide	1.3
validissimo	1.9
validissima	1.9
validissimi	1.9
validissime	1.9
solido	1.1
solida	1.1
solidi	1.1
solide	1.1
solidissimo	1.7
solidissima	1.7
solidissimi	1.7
solidissime	1.7
robusto	1.1
robusta	1.1
robusti	1.1
robuste	1.1
robustissimo	1.7
robustissima	1.7
robustissimi	1.7
robustissime	1.7
resistente	1.1
resistenti	1.1
pulito	1.3
pulita	1.3
puliti	1.3
pulite	1.3
pulitissimi	1.9
pulitissime	1.9
curato	1.4
curata	1.4
curati	1.4
curate	1.4
curatissimo	2.0
curatissima	2.0
curatissimi	2.0
curatissime	2.0
elegante	1.9
eleganti	1.9
elegantissimo	2.5
elegantissima	2.5
elegantissimi	2.5
elegantissime	2.5
raffinato	1.9
raffinata	1.9
raffinati	1.9
raffinate	1.9
raffinatissimo	2.5
raffinatissima	2.5
raffinatissimi	2.5
raffinatissime	2.5
chic	1.4
innovativo	1.6
innovativa	1.6
innovativi	1.6
innovative	1.6
originale	1.4
originali	1.4
geniale	2.7
geniali	2.7
brillante	2.2
brillanti	2.2
brillantissimo	2.8
brillantissima	2.8
brillantissimi	2.8
brillantissime	2.8
intelligente	1.9
intelligenti	1.9
saggio	1.8
saggia	1.8
saggi	1.8
saggie	1.8
saggissimo	2.4
saggissima	2.4
saggissimi	2.4
saggissime	2.4
bravo	2.0
brave	2.0
bravissimo	2.6
bravissime	2.6
abile	1.5
abili	1.5
abilissimo	2.1
abilissima	2.1
abilissimi	2.1
abilissime	2.1
capace	1.4
capaci	1.4
capacissimo	2.0
capacissima	2.0
capacissimi	2.0
capacissime	2.0
talentuoso	2.3
talentuosa	2.3
talentuosi	2.3
talentuose	2.3
talentuosissimo	2.9
talentuosissima	2.9
talentuosissimi	2.9
talentuosissime	2.9
preparato	0.6
preparata	0.6
preparati	0.6
preparate	0.6
preparatissimo	1.2
preparatissima	1.2
preparatissimi	1.2
preparatissime	1.2
coraggioso	2.0
coraggiosa	2.0
coraggiosi	2.0
coraggiose	2.0
coraggiosissimo	2.6
coraggiosissima	2.6
coraggiosissimi	2.6
coraggiosissime	2.6
forte	1.2
forti	1.2
fortissimo	1.8
fortissima	1.8
fortissime	1.8
potente	1.3
potenti	1.3
generoso	2.2
generosa	2.2
generosi	2.2
generose	2.2
generosissimo	2.8
generosissima	2.8
generosissimi	2.8
generosissime	2.8
altruista	1.8
umile	1.3
umili	1.3
umilissimo	1.9
umilissima	1.9
umilissimi	1.9
umilissime	1.9
paziente	1.4
pazienti	1.4
premuroso	2.1
premurosa	2.1
premurosi	2.1
premurose	2.1
premurosissimo	2.7
premurosissima	2.7
premurosissimi	2.7
premurosissime	2.7
affettuoso	2.1
affettuosa	2.1
affettuosi	2.1
affettuose	2.1
affettuosissimo	2.7
affettuosissima	2.7
affettuosissimi	2.7
affettuosissime	2.7
dolce	1.8
dolci	1.8
dolcissimo	2.4
dolcissima	2.4
dolcissimi	2.4
dolcissime	2.4
amabile	2.0
amabili	2.0
amabilissimo	2.6
amabilissima	2.6
amabilissimi	2.6
amabilissime	2.6
adorabile	2.8
adorabilissimo	3.4
adorabilissima	3.4
adorabilissimi	3.4
adorabilissime	3.4
amorevole	2.3
amorevoli	2.3
amorevolissimo	2.9
amorevolissima	2.9
amorevolissimi	2.9
amorevolissime	2.9
prezioso	2.1
preziosa	2.1
preziosi	2.1
preziose	2.1
preziosissimo	2.7
preziosissima	2.7
preziosissimi	2.7
preziosissime	2.7
felice	2.6
felici	2.6
felicissimo	3.2
felicissima	3.2
felicissimi	3.2
felicissime	3.2
contento	2.2
contenta	2.2
contenti	2.2
contente	2.2
contentissimo	2.8
contentissima	2.8
contentissimi	2.8
contentissime	2.8
soddisfatto	2.2
soddisfatti	2.2
soddisfatte	2.2
soddisfattissimo	2.8
soddisfattissima	2.8
soddisfattissimi	2.8
soddisfattissime	2.8
entusiasta	2.7
entusiasmante	2.5
entusiasmanti	2.5
entusiasmantissimo	3.1
entusiasmantissima	3.1
entusiasmantissimi	3.1
entusiasmantissime	3.1
allegro	2.1
allegra	2.1
allegri	2.1
allegre	2.1
allegrissimo	2.7
allegrissima	2.7
allegrissimi	2.7
allegrissime	2.7
gioioso	2.5
gioiosa	2.5
gioiosi	2.5
gioiose	2.5
gioiosissimo	3.1
gioiosissima	3.1
gioiosissimi	3.1
gioiosissime	3.1
sereno	1.9
serena	1.9
sereni	1.9
serene	1.9
serenissimo	2.5
serenissima	2.5
serenissimi	2.5
serenissime	2.5
tranquillo	1.2
tranquilla	1.2
tranquilli	1.2
tranquille	1.2
tranquillissimo	1.8
tranquillissima	1.8
tranquillissimi	1.8
tranquillissime	1.8
rilassante	1.8
rilassanti	1.8
rilassantissimo	2.4
rilassantissima	2.4
rilassantissimi	2.4
rilassantissime	2.4
rilassato	1.5
rilassata	1.5
rilassati	1.5
rilassate	1.5
rilassatissimo	2.1
rilassatissima	2.1
rilassatissimi	2.1
rilassatissime	2.1
fortunato	2.0
fortunata	2.0
fortunati	2.0
fortunate	2.0
fortunatissimo	2.6
fortunatissima	2.6
fortunatissimi	2.6
fortunatissime	2.6
fiero	2.0
fiera	2.0
fieri	2.0
fiere	2.0
fierissimo	2.6
fierissima	2.6
fierissimi	2.6
fierissime	2.6
orgoglioso	2.0
orgogliosa	2.0
orgogliosi	2.0
orgogliose	2.0
orgogliosissimo	2.6
orgogliosissima	2.6
orgogliosissimi	2.6
orgogliosissime	2.6
grato	2.3
grata	2.3
grati	2.3
grate	2.3
gratissimo	2.9
gratissima	2.9
gratissimi	2.9
gratissime	2.9
riconoscente	2.2
riconoscenti	2.2
emozionato	1.8
emozionata	1.8
emozionati	1.8
emozionate	1.8
emozionatissimi	2.4
emozionatissime	2.4
emozionante	2.3
emozionanti	2.3
emozionantissimo	2.9
emozionantissima	2.9
emozionantissimi	2.9
emozionantissime	2.9
commovente	1.6
commoventi	1.6
toccante	1.5
toccanti	1.5
toccantissimo	2.1
toccantissima	2.1
toccantissimi	2.1
toccantissime	2.1
divertente	2.3
divertenti	2.3
divertentissimo	2.9
divertentissima	2.9
divertentissimi	2.9
divertentissime	2.9
spassoso	2.3
spassosa	2.3
spassosi	2.3
spassose	2.3
spassosissimo	2.9
spassosissima	2.9
spassosissimi	2.9
spassosissime	2.9
esilarante	2.2
esilaranti	2.2
esilarantissimo	2.8
esilarantissima	2.8
esilarantissimi	2.8
esilarantissime	2.8
interessante	1.3
interessanti	1.3
interessantissimo	1.9
interessantissima	1.9
interessantissimi	1.9
interessantissime	1.9
affascinante	2.3
affascinanti	2.3
affascinantissimo	2.9
affascinantissima	2.9
affascinantissimi	2.9
affascinantissime	2.9
coinvolgente	2.1
coinvolgenti	2.1
avvincente	2.2
avvincenti	2.2
appassionante	2.2
appassionanti	2.2
appassionantissimo	2.8
appassionantissima	2.8
appassionantissimi	2.8
appassionantissime	2.8
stimolante	1.8
stimolanti	1.8
stimolantissimo	2.4
stimolantissima	2.4
stimolantissimi	2.4
stimolantissime	2.4
bellino	1.5
bellina	1.5
bellini	1.5
belline	1.5
bellinissimo	2.1
bellinissima	2.1
bellinissimi	2.1
bellinissime	2.1
figo	2.0
figa	2.0
fighe	2.0
fighissimo	2.8
fighissima	2.8
fighissime	2.8
ganzo	2.0
ganza	2.0
ganzi	2.0
ganze	2.0
ganzissimo	2.6
ganzissima	2.6
ganzissimi	2.6
ganzissime	2.6
mitico	2.6
mitica	2.6
mitiche	2.6
super	2.1
eccellentissimo	3.2
eccellentissima	3.2
eccellentissimi	3.2
eccellentissime	3.2
stellare	1.6
stellari	1.6
impeccabile	2.9
impeccabili	2.9
impeccabilissimo	3.5
impeccabilissima	3.5
impeccabilissimi	3.5
impeccabilissime	3.5
ineccepibile	2.6
ineccepibili	2.6
ineccepibilissimo	3.2
ineccepibilissima	3.2
ineccepibilissimi	3.2
ineccepibilissime	3.2
irreprensibile	2.3
irreprensibili	2.3
irreprensibilissimo	2.9
irreprensibilissima	2.9
irreprensibilissimi	2.9
irreprensibilissime	2.9
insuperabile	2.9
insuperabili	2.9
insuperabilissimo	3.5
insuperabilissima	3.5
insuperabilissimi	3.5
insuperabilissime	3.5
ineguagliabile	2.8
ineguagliabili	2.8
ineguagliabilissimo	3.4
ineguagliabilissima	3.4
ineguagliabilissimi	3.4
ineguagliabilissime	3.4
imbattibile	2.4
imbattibili	2.4
imbattibilissimo	3.0
imbattibilissima	3.0
imbattibilissimi	3.0
imbattibilissime	3.0
unico	1.5
unica	1.5
uniche	1.5
speciale	2.0
speciali	2.0
memorabile	2.2
memorabili	2.2
memorabilissimo	2.8
memorabilissima	2.8
memorabilissimi	2.8
memorabilissime	2.8
indimenticabile	2.7
indimenticabili	2.7
indimenticabilissimo	3.3
indimenticabilissima	3.3
indimenticabilissimi	3.3
indimenticabilissime	3.3
epico	2.4
epica	2.4
epiche	2.4
leggendario	2.4
leggendaria	2.4
leggendari	2.4
leggendarie	2.4
favorevole	1.3
favorevoli	1.3
favorevolissimo	1.9
favorevolissima	1.9
favorevolissimi	1.9
favorevolissime	1.9
positivo	1.7
positiva	1.7
positivi	1.7
positive	1.7
ottimista	1.6
ottimistico	1.5
ottimistica	1.5
ottimistiche	1.5
promettente	1.7
promettenti	1.7
vincente	2.0
vincenti	2.0
vittorioso	2.1
vittoriosa	2.1
vittoriosi	2.1
vittoriose	2.1
vittoriosissimo	2.7
vittoriosissima	2.7
vittoriosissimi	2.7
vittoriosissime	2.7
riuscito	1.7
riuscita	1.7
riusciti	1.7
riuscite	1.7
riuscitissimo	2.3
riuscitissima	2.3
riuscitissimi	2.3
riuscitissime	2.3
ben fatta	2.0
ben fatti	2.0
ben fatte	2.0
adeguato	0.7
adeguata	0.7
adeguati	0.7
adeguate	0.7
adeguatissimo	1.3
adeguatissima	1.3
adeguatissimi	1.3
adeguatissime	1.3
giusto	0.6
giusta	0.6
giusti	0.6
giuste	0.6
giustissimo	1.2
giustissima	1.2
giustissimi	1.2
giustissime	1.2
equo	1.3
equa	1.3
equi	1.3
eque	1.3
degno	1.2
degna	1.2
degni	1.2
degne	1.2
degnissimo	1.8
degnissima	1.8
degnissimi	1.8
degnissime	1.8
meritevole	1.8
meritevoli	1.8
meritevolissimo	2.4
meritevolissima	2.4
meritevolissimi	2.4
meritevolissime	2.4
lodevole	2.1
lodevoli	2.1
lodevolissimo	2.7
lodevolissima	2.7
lodevolissimi	2.7
lodevolissime	2.7
ammirevole	2.4
ammirevoli	2.4
ammirevolissimo	3.0
ammirevolissima	3.0
ammirevolissimi	3.0
ammirevolissime	3.0
rispettabile	1.5
rispettabili	1.5
rispettabilissimo	2.1
rispettabilissima	2.1
rispettabilissimi	2.1
rispettabilissime	2.1
stimato	1.4
stimata	1.4
stimati	1.4
stimate	1.4
stimatissimo	2.0
stimatissima	2.0
stimatissimi	2.0
stimatissime	2.0
apprezzato	1.8
apprezzata	1.8
apprezzati	1.8
apprezzate	1.8
apprezzatissimo	2.4
apprezzatissima	2.4
apprezzatissimi	2.4
apprezzatissime	2.4
amato	2.0
amata	2.0
amati	2.0
amate	2.0
amatissimo	2.6
amatissima	2.6
amatissimi	2.6
amatissime	2.6
benvoluto	1.8
benvoluta	1.8
benvoluti	1.8
benvolute	1.8
benvolutissimo	2.4
benvolutissima	2.4
benvolutissimi	2.4
benvolutissime	2.4
ricco	0.8
ricca	0.8
ricche	0.8
ricchissimo	1.4
ricchissima	1.4
ricchissimi	1.4
ricchissime	1.4
abbondante	1.1
abbondanti	1.1
abbondantissimo	1.7
abbondantissima	1.7
abbondantissimi	1.7
abbondantissime	1.7
salutare	1.3
salutari	1.3
fresco	1.1
fresca	1.1
fresche	1.1
freschissimo	1.7
freschissima	1.7
freschissimi	1.7
freschissime	1.7
genuino	1.7
genuina	1.7
genuini	1.7
genuine	1.7
genuinissimo	2.3
genuinissima	2.3
genuinissimi	2.3
genuinissime	2.3
protetto	0.9
protetta	0.9
protetti	0.9
protette	0.9
protettissimo	1.5
protettissima	1.5
protettissimi	1.5
protettissime	1.5
vivace	1.4
vivaci	1.4
vivacissimo	2.0
vivacissima	2.0
vivacissimi	2.0
vivacissime	2.0
energico	1.3
energica	1.3
energiche	1.3
dinamico	1.3
dinamica	1.3
dinamiche	1.3
sorridente	2.0
sorridenti	2.0
radioso	2.2
radiosa	2.2
radiosi	2.2
radiose	2.2
radiosissimo	2.8
radiosissima	2.8
radiosissimi	2.8
radiosissime	2.8
luminoso	1.3
luminosa	1.3
luminosi	1.3
luminose	1.3
luminosissimo	1.9
luminosissima	1.9
luminosissimi	1.9
luminosissime	1.9
accogliente	2.2
accoglienti	2.2
ospitale	2.1
ospitali	2.1
confortevole	1.9
confortevoli	1.9
confortevolissimo	2.5
confortevolissima	2.5
confortevolissimi	2.5
confortevolissime	2.5
spazioso	1.3
spaziosa	1.3
spaziosi	1.3
spaziose	1.3
spaziosissimo	1.9
spaziosissima	1.9
spaziosissimi	1.9
spaziosissime	1.9
silenzioso	0.8
silenziosa	0.8
silenziosi	0.8
silenziose	0.8
silenziosissima	1.4
silenziosissimi	1.4
silenziosissime	1.4
intuitivo	1.6
intuitiva	1.6
intuitivi	1.6
intuitive	1.6
semplice	0.8
semplici	0.8
semplicissimo	1.4
semplicissima	1.4
semplicissimi	1.4
semplicissime	1.4
facile	1.1
facili	1.1
facilissima	1.7
facilissimi	1.7
facilissime	1.7
trasparente	0.8
trasparenti	0.8
esauriente	1.6
esaurienti	1.6
completo	1.0
completa	1.0
completi	1.0
complete	1.0
completissimo	1.6
completissima	1.6
completissimi	1.6
completissime	1.6
eccitante	2.0
eccitanti	2.0
eccitantissimo	2.6
eccitantissima	2.6
eccitantissimi	2.6
eccitantissime	2.6
romantico	1.7
romantica	1.7
romantiche	1.7
poetico	1.5
poetica	1.5
poetiche	1.5
armonioso	1.8
armoniosa	1.8
armoniosi	1.8
armoniose	1.8
armoniosissimo	2.4
armoniosissima	2.4
armoniosissimi	2.4
armoniosissime	2.4
morbido	1.0
morbida	1.0
morbidi	1.0
morbide	1.0
morbidissimo	1.6
morbidissima	1.6
morbidissimi	1.6
morbidissime	1.6
profumato	1.4
profumata	1.4
profumati	1.4
profumate	1.4
profumatissimo	2.0
profumatissima	2.0
profumatissimi	2.0
profumatissime	2.0
soffice	1.1
soffici	1.1
sofficissimo	1.7
sofficissima	1.7
sofficissimi	1.7
sofficissime	1.7
commosso	1.4
commossa	1.4
commossi	1.4
commosse	1.4
commossissimo	2.0
commossissima	2.0
commossissimi	2.0
commossissime	2.0
innamorato	2.3
innamorata	2.3
innamorati	2.3
innamorate	2.3
innamoratissimo	2.9
innamoratissima	2.9
innamoratissimi	2.9
innamoratissime	2.9
affezionato	1.8
affezionata	1.8
affezionati	1.8
affezionate	1.8
affezionatissimo	2.4
affezionatissima	2.4
affezionatissimi	2.4
affezionatissime	2.4
pacifico	1.4
pacifica	1.4
pacifiche	1.4
calmo	1.2
calma	1.2
calmi	1.2
calme	1.2
calmissimo	1.8
calmissima	1.8
calmissimi	1.8
calmissime	1.8
determinato	1.2
determinata	1.2
determinati	1.2
determinate	1.2
determinatissimo	1.8
determinatissima	1.8
determinatissimi	1.8
determinatissime	1.8
pronto	0.3
pronta	0.3
pronti	0.3
pronte	0.3
prontissimo	0.9
prontissima	0.9
prontissimi	0.9
prontissime	0.9
benefico	1.8
benefica	1.8
benefiche	1.8
miracoloso	2.3
miracolosa	2.3
miracolosi	2.3
miracolose	2.3
miracolosissimo	2.9
miracolosissima	2.9
miracolosissimi	2.9
miracolosissime	2.9
prodigioso	2.4
prodigiosa	2.4
prodigiosi	2.4
prodigiose	2.4
prodigiosissimo	3.0
prodigiosissima	3.0
prodigiosissimi	3.0
prodigiosissime	3.0
magico	2.3
magica	2.3
magiche	2.3
incantevole	2.9
incantevoli	2.9
incantevolissimo	3.5
incantevolissima	3.5
incantevolissimi	3.5
incantevolissime	3.5
incantato	2.0
incantata	2.0
incantati	2.0
incantate	2.0
incantatissimo	2.6
incantatissima	2.6
incantatissimi	2.6
incantatissime	2.6
paradisiaco	2.8
paradisiaca	2.8
paradisiache	2.8
paradisiachissimo	3.4
paradisiachissima	3.4
paradisiachissimi	3.4
paradisiachissime	3.4
celestiale	2.6
celestiali	2.6
ideale	2.0
ideali	2.0
consigliato	1.8
consigliata	1.8
consigliati	1.8
consigliate	1.8
consigliatissima	2.4
consigliatissimi	2.4
consigliatissime	2.4
raccomandato	1.5
raccomandata	1.5
raccomandate	1.5
raccomandatissimo	2.1
raccomandatissima	2.1
raccomandatissimi	2.1
raccomandatissime	2.1
azzeccato	2.0
azzeccata	2.0
azzeccati	2.0
azzeccate	2.0
azzeccatissimo	2.6
azzeccatissima	2.6
azzeccatissimi	2.6
azzeccatissime	2.6
vincitore	1.5
vincitori	1.5
professionalissimo	2.8
professionalissima	2.8
professionalissimi	2.8
professionalissime	2.8
perfettamenti	2.3
benedetto	1.6
benedetta	1.6
benedetti	1.6
benedette	1.6
benedettissimo	2.2
benedettissima	2.2
benedettissimi	2.2
benedettissime	2.2
cool	1.8
# --- negative adjectives ---
cattivo	-2.1
cattiva	-2.1
cattivi	-2.1
cattive	-2.1
pessimo	-3.1
pessima	-3.1
pessimi	-3.1
pessime	-3.1
pessimissimo	-3.7
pessimissima	-3.7
pessimissimi	-3.7
pessimissime	-3.7
brutto	-2.1
brutta	-2.1
brutti	-2.1
brutte	-2.1
bruttissimo	-2.7
bruttissima	-2.7
bruttissimi	-2.7
bruttissime	-2.7
orribile	-3.1
orribili	-3.1
orribilissimo	-3.7
orribilissima	-3.7
orribilissimi	-3.7
orribilissime	-3.7
orrendo	-3.1
orrenda	-3.1
orrendi	-3.1
orrende	-3.1
orrendissimo	-3.7
orrendissima	-3.7
orrendissimi	-3.7
orrendissime	-3.7
terribile	-3.0
terribili	-3.0
terribilissimo	-3.6
terribilissima	-3.6
terribilissimi	-3.6
terribilissime	-3.6
tremendo	-2.6
tremenda	-2.6
tremendi	-2.6
tremende	-2.6
tremendissimo	-3.2
tremendissima	-3.2
tremendissimi	-3.2
tremendissime	-3.2
spaventoso	-2.5
spaventosa	-2.5
spaventosi	-2.5
spaventose	-2.5
spaventosissimo	-3.1
spaventosissima	-3.1
spaventosissimi	-3.1
spaventosissime	-3.1
schifosa	-3.2
schifose	-3.2
schifosissimo	-3.8
schifosissima	-3.8
schifosissimi	-3.8
schifosissime	-3.8
disgustoso	-3.1
disgustosi	-3.1
disgustose	-3.1
disgustosissimo	-3.7
disgustosissima	-3.7
disgustosissimi	-3.7
disgustosissime	-3.7
ripugnante	-3.0
ripugnanti	-3.0
ripugnantissimo	-3.6
ripugnantissima	-3.6
ripugnantissimi	-3.6
ripugnantissime	-3.6
rivoltante	-3.0
rivoltanti	-3.0
rivoltantissimo	-3.6
rivoltantissima	-3.6
rivoltantissimi	-3.6
rivoltantissime	-3.6
vomitevole	-3.3
vomitevoli	-3.3
vomitevolissimo	-3.9
vomitevolissima	-3.9
vomitevolissimi	-3.9
vomitevolissime	-3.9
nauseante	-2.8
nauseanti	-2.8
nauseantissimo	-3.4
nauseantissima	-3.4
nauseantissimi	-3.4
nauseantissime	-3.4
osceno	-2.6
oscena	-2.6
osceni	-2.6
oscene	-2.6
oscenissimo	-3.2
oscenissima	-3.2
oscenissimi	-3.2
oscenissime	-3.2
indecente	-2.7
vergognoso	-3.0
vergognosa	-3.0
vergognosi	-3.0
vergognose	-3.0
vergognosissimo	-3.6
vergognosissima	-3.6
vergognosissimi	-3.6
vergognosissime	-3.6
scandaloso	-3.0
scandalosa	-3.0
scandalosi	-3.0
scandalose	-3.0
scandalosissimo	-3.6
scandalosissima	-3.6
scandalosissimi	-3.6
scandalosissime	-3.6
inaccettabile	-2.8
inaccettabili	-2.8
inaccettabilissimo	-3.4
inaccettabilissima	-3.4
inaccettabilissimi	-3.4
inaccettabilissime	-3.4
inammissibile	-2.6
inammissibili	-2.6
inammissibilissimo	-3.2
inammissibilissima	-3.2
inammissibilissimi	-3.2
inammissibilissime	-3.2
intollerabile	-2.8
intollerabili	-2.8
intollerabilissimo	-3.4
intollerabilissima	-3.4
intollerabilissimi	-3.4
intollerabilissime	-3.4
insopportabile	-2.8
insopportabili	-2.8
insopportabilissimo	-3.4
insopportabilissima	-3.4
insopportabilissimi	-3.4
insopportabilissime	-3.4
inqualificabile	-3.0
inqualificabili	-3.0
inqualificabilissimo	-3.6
inqualificabilissima	-3.6
inqualificabilissimi	-3.6
inqualificabilissime	-3.6
indegno	-2.7
indegna	-2.7
indegni	-2.7
indegne	-2.7
indegnissimo	-3.3
indegnissima	-3.3
indegnissimi	-3.3
indegnissime	-3.3
ridicolo	-2.3
ridicola	-2.3
ridicoli	-2.3
ridicole	-2.3
ridicolissimo	-2.9
ridicolissima	-2.9
ridicolissimi	-2.9
ridicolissime	-2.9
patetico	-2.5
patetica	-2.5
patetiche	-2.5
penoso	-2.6
penosa	-2.6
penosi	-2.6
penose	-2.6
penosissimo	-3.2
penosissima	-3.2
penosissimi	-3.2
penosissime	-3.2
pietoso	-2.5
pietosa	-2.5
pietosi	-2.5
pietose	-2.5
pietosissimo	-3.1
pietosissima	-3.1
pietosissimi	-3.1
pietosissime	-3.1
squallido	-2.6
squallida	-2.6
squallidi	-2.6
squallide	-2.6
squallidissimo	-3.2
squallidissima	-3.2
squallidissimi	-3.2
squallidissime	-3.2
misero	-1.9
misera	-1.9
miseri	-1.9
misere	-1.9
miserissimo	-2.5
miserissima	-2.5
miserissimi	-2.5
miserissime	-2.5
meschino	-2.5
meschina	-2.5
meschini	-2.5
meschine	-2.5
meschinissimo	-3.1
meschinissima	-3.1
meschinissimi	-3.1
meschinissime	-3.1
mediocre	-1.9
mediocri	-1.9
mediocrissimo	-2.5
mediocrissima	-2.5
mediocrissimi	-2.5
mediocrissime	-2.5
scadente	-2.5
scadenti	-2.5
scarso	-1.6
scarsa	-1.6
scarsi	-1.6
scarse	-1.6
scarsissimo	-2.2
scarsissima	-2.2
scarsissimi	-2.2
scarsissime	-2.2
insufficiente	-1.8
insufficienti	-1.8
inadeguato	-1.9
inadeguata	-1.9
inadeguati	-1.9
inadeguate	-1.9
inadeguatissimo	-2.5
inadeguatissima	-2.5
inadeguatissimi	-2.5
inadeguatissime	-2.5
deludente	-2.4
deludenti	-2.4
delusi	-2.3
deluse	-2.3
delusissimo	-2.9
delusissima	-2.9
delusissimi	-2.9
delusissime	-2.9
scontento	-2.0
scontenta	-2.0
scontenti	-2.0
scontente	-2.0
scontentissimo	-2.6
scontentissima	-2.6
scontentissimi	-2.6
scontentissime	-2.6
insoddisfatto	-2.2
insoddisfatta	-2.2
insoddisfatti	-2.2
insoddisfatte	-2.2
insoddisfattissimo	-2.8
insoddisfattissima	-2.8
insoddisfattissimi	-2.8
insoddisfattissime	-2.8
arrabbiato	-2.3
arrabbiata	-2.3
arrabbiati	-2.3
arrabbiate	-2.3
arrabbiatissimo	-2.9
arrabbiatissima	-2.9
arrabbiatissimi	-2.9
arrabbiatissime	-2.9
incazzato	-2.8
incazzata	-2.8
incazzati	-2.8
incazzate	-2.8
incazzatissimo	-3.4
incazzatissima	-3.4
incazzatissimi	-3.4
incazzatissime	-3.4
incavolato	-2.4
incavolata	-2.4
incavolati	-2.4
incavolate	-2.4
incavolatissimo	-3.0
incavolatissima	-3.0
incavolatissimi	-3.0
incavolatissime	-3.0
furioso	-2.7
furiosa	-2.7
furiosi	-2.7
furiose	-2.7
furiosissimo	-3.3
furiosissima	-3.3
furiosissimi	-3.3
furiosissime	-3.3
furibondo	-2.9
furibonda	-2.9
furibondi	-2.9
furibonde	-2.9
furibondissimo	-3.5
furibondissima	-3.5
furibondissimi	-3.5
furibondissime	-3.5
infuriato	-2.7
infuriata	-2.7
infuriati	-2.7
infuriate	-2.7
infuriatissimo	-3.3
infuriatissima	-3.3
infuriatissimi	-3.3
infuriatissime	-3.3
irritato	-2.0
irritata	-2.0
irritati	-2.0
irritate	-2.0
irritatissimo	-2.6
irritatissima	-2.6
irritatissimi	-2.6
irritatissime	-2.6
seccato	-1.6
seccata	-1.6
seccati	-1.6
seccate	-1.6
seccatissimo	-2.2
seccatissima	-2.2
seccatissimi	-2.2
seccatissime	-2.2
nervoso	-1.6
nervosa	-1.6
nervosi	-1.6
nervose	-1.6
nervosissimo	-2.2
nervosissima	-2.2
nervosissimi	-2.2
nervosissime	-2.2
stufo	-2.0
stufa	-2.0
stufi	-2.0
stufe	-2.0
stufissimo	-2.6
stufissima	-2.6
stufissimi	-2.6
stufissime	-2.6
stanco	-1.3
stanca	-1.3
stanche	-1.3
stanchissimo	-1.9
stanchissima	-1.9
stanchissimi	-1.9
stanchissime	-1.9
esausto	-1.8
esausta	-1.8
esausti	-1.8
esauste	-1.8
esaustissimo	-2.4
esaustissima	-2.4
esaustissimi	-2.4
esaustissime	-2.4
sfinito	-1.8
sfinita	-1.8
sfiniti	-1.8
sfinite	-1.8
sfinitissimo	-2.4
sfinitissima	-2.4
sfinitissimi	-2.4
sfinitissime	-2.4
annoiate	-1.6
annoiatissimo	-2.2
annoiatissima	-2.2
annoiatissimi	-2.2
annoiatissime	-2.2
noioso	-2.0
noiosa	-2.0
noiosi	-2.0
noiose	-2.0
noiosissimo	-2.6
noiosissima	-2.6
noiosissimi	-2.6
noiosissime	-2.6
pesante	-1.2
pesanti	-1.2
pesantissimo	-1.8
pesantissima	-1.8
pesantissimi	-1.8
pesantissime	-1.8
triste	-2.2
tristi	-2.2
tristissimo	-2.8
tristissima	-2.8
tristissimi	-2.8
tristissime	-2.8
infelice	-2.5
infelici	-2.5
infelicissimo	-3.1
infelicissima	-3.1
infelicissimi	-3.1
infelicissime	-3.1
depresso	-2.5
depressa	-2.5
depressi	-2.5
depresse	-2.5
depressissimo	-3.1
depressissima	-3.1
depressissimi	-3.1
depressissime	-3.1
deprimente	-2.5
deprimenti	-2.5
malinconico	-1.5
malinconica	-1.5
malinconiche	-1.5
addolorato	-2.2
addolorata	-2.2
addolorati	-2.2
addolorate	-2.2
addoloratissimo	-2.8
addoloratissima	-2.8
addoloratissimi	-2.8
addoloratissime	-2.8
afflitto	-2.2
afflitta	-2.2
afflitti	-2.2
afflitte	-2.2
afflittissimo	-2.8
afflittissima	-2.8
afflittissimi	-2.8
afflittissime	-2.8
disperato	-2.7
disperata	-2.7
disperati	-2.7
disperate	-2.7
disperatissimo	-3.3
disperatissima	-3.3
disperatissimi	-3.3
disperatissime	-3.3
sconvolto	-2.0
sconvolta	-2.0
sconvolti	-2.0
sconvolte	-2.0
sconvoltissimo	-2.6
sconvoltissima	-2.6
sconvoltissimi	-2.6
sconvoltissime	-2.6
scioccato	-1.8
scioccata	-1.8
scioccati	-1.8
scioccate	-1.8
scioccatissimo	-2.4
scioccatissima	-2.4
scioccatissimi	-2.4
scioccatissime	-2.4
preoccupato	-1.8
preoccupata	-1.8
preoccupati	-1.8
preoccupate	-1.8
preoccupatissimo	-2.4
preoccupatissima	-2.4
preoccupatissimi	-2.4
preoccupatissime	-2.4
preoccupante	-2.0
preoccupanti	-2.0
preoccupantissimo	-2.6
preoccupantissima	-2.6
preoccupantissimi	-2.6
preoccupantissime	-2.6
ansioso	-1.7
ansiosa	-1.7
ansiosi	-1.7
ansiose	-1.7
ansiosissimo	-2.3
ansiosissima	-2.3
ansiosissimi	-2.3
ansiosissime	-2.3
angosciato	-2.4
angosciata	-2.4
angosciati	-2.4
angosciate	-2.4
angosciatissimo	-3.0
angosciatissima	-3.0
angosciatissimi	-3.0
angosciatissime	-3.0
angosciante	-2.4
angoscianti	-2.4
angosciantissimo	-3.0
angosciantissima	-3.0
angosciantissimi	-3.0
angosciantissime	-3.0
impaurito	-1.9
impaurita	-1.9
impauriti	-1.9
impaurite	-1.9
impauritissimo	-2.5
impauritissima	-2.5
impauritissimi	-2.5
impauritissime	-2.5
spaventato	-1.9
spaventata	-1.9
spaventati	-1.9
spaventate	-1.9
spaventatissimo	-2.5
spaventatissima	-2.5
spaventatissimi	-2.5
spaventatissime	-2.5
terrorizzato	-2.5
terrorizzata	-2.5
terrorizzati	-2.5
terrorizzate	-2.5
terrorizzatissimo	-3.1
terrorizzatissima	-3.1
terrorizzatissimi	-3.1
terrorizzatissime	-3.1
inquietante	-2.0
inquietanti	-2.0
inquietantissimo	-2.6
inquietantissima	-2.6
inquietantissimi	-2.6
inquietantissime	-2.6
allarmante	-2.1
allarmanti	-2.1
allarmantissimo	-2.7
allarmantissima	-2.7
allarmantissimi	-2.7
allarmantissime	-2.7
pericoloso	-2.0
pericolosa	-2.0
pericolosi	-2.0
pericolose	-2.0
pericolosissimo	-2.6
pericolosissima	-2.6
pericolosissimi	-2.6
pericolosissime	-2.6
rischioso	-1.3
rischiosa	-1.3
rischiosi	-1.3
rischiose	-1.3
rischiosissimo	-1.9
rischiosissima	-1.9
rischiosissimi	-1.9
rischiosissime	-1.9
dannoso	-2.1
dannosa	-2.1
dannosi	-2.1
dannose	-2.1
dannosissimo	-2.7
dannosissima	-2.7
dannosissimi	-2.7
dannosissime	-2.7
nocivo	-2.1
nociva	-2.1
nocivi	-2.1
nocive	-2.1
tossico	-2.2
tossica	-2.2
tossiche	-2.2
velenoso	-2.1
velenosa	-2.1
velenosi	-2.1
velenose	-2.1
velenosissimo	-2.7
velenosissima	-2.7
velenosissimi	-2.7
velenosissime	-2.7
mortale	-2.2
mortali	-2.2
letale	-2.3
letali	-2.3
grave	-1.7
gravi	-1.7
gravissimo	-2.3
gravissima	-2.3
gravissimi	-2.3
gravissime	-2.3
drammatico	-2.0
drammatica	-2.0
drammatiche	-2.0
tragico	-2.7
tragica	-2.7
tragiche	-2.7
catastrofico	-3.1
catastrofica	-3.1
catastrofiche	-3.1
disastroso	-3.1
disastrosa	-3.1
disastrosi	-3.1
disastrose	-3.1
disastrosissimo	-3.7
disastrosissima	-3.7
disastrosissimi	-3.7
disastrosissime	-3.7
fallimentare	-2.6
fallimentari	-2.6
fallita	-2.2
fallite	-2.2
fallitissimo	-2.8
fallitissima	-2.8
fallitissimi	-2.8
fallitissime	-2.8
rovinato	-2.3
rovinata	-2.3
rovinati	-2.3
rovinate	-2.3
rovinatissimo	-2.9
rovinatissima	-2.9
rovinatissimi	-2.9
rovinatissime	-2.9
distrutto	-2.3
distrutti	-2.3
distrutte	-2.3
distruttissimo	-2.9
distruttissima	-2.9
distruttissimi	-2.9
distruttissime	-2.9
rotto	-2.2
rottissimo	-2.8
rottissima	-2.8
rottissimi	-2.8
rottissime	-2.8
guasta	-2.1
guaste	-2.1
guastissimo	-2.7
guastissima	-2.7
guastissimi	-2.7
guastissime	-2.7
difettoso	-2.4
difettosa	-2.4
difettosi	-2.4
difettose	-2.4
difettosissimo	-3.0
difettosissima	-3.0
difettosissimi	-3.0
difettosissime	-3.0
danneggiato	-2.2
danneggiata	-2.2
danneggiati	-2.2
danneggiate	-2.2
danneggiatissimo	-2.8
danneggiatissima	-2.8
danneggiatissimi	-2.8
danneggiatissime	-2.8
ammaccato	-1.8
ammaccata	-1.8
ammaccati	-1.8
ammaccate	-1.8
ammaccatissimo	-2.4
ammaccatissima	-2.4
ammaccatissimi	-2.4
ammaccatissime	-2.4
graffiato	-1.5
graffiata	-1.5
graffiati	-1.5
graffiate	-1.5
graffiatissimo	-2.1
graffiatissima	-2.1
graffiatissimi	-2.1
graffiatissime	-2.1
sporco	-1.9
sporca	-1.9
sporche	-1.9
sporchissimo	-2.5
sporchissima	-2.5
sporchissimi	-2.5
sporchissime	-2.5
lurido	-2.6
lurida	-2.6
luridi	-2.6
luride	-2.6
luridissimo	-3.2
luridissima	-3.2
luridissimi	-3.2
luridissime	-3.2
puzzolente	-2.4
puzzolenti	-2.4
marcio	-2.5
marcia	-2.5
marci	-2.5
marcie	-2.5
marcissimo	-3.1
marcissima	-3.1
marcissimi	-3.1
marcissime	-3.1
scaduto	-1.8
scaduta	-1.8
scaduti	-1.8
scadute	-1.8
scadutissimo	-2.4
scadutissima	-2.4
scadutissimi	-2.4
scadutissime	-2.4
avariato	-2.5
avariata	-2.5
avariati	-2.5
avariate	-2.5
avariatissimo	-3.1
avariatissima	-3.1
avariatissimi	-3.1
avariatissime	-3.1
immangiabile	-2.9
immangiabilissimo	-3.5
immangiabilissima	-3.5
immangiabilissimi	-3.5
immangiabilissime	-3.5
insapore	-1.6
insapori	-1.6
bruciato	-1.5
bruciata	-1.5
bruciati	-1.5
bruciate	-1.5
bruciatissimo	-2.1
bruciatissima	-2.1
bruciatissimi	-2.1
bruciatissime	-2.1
costoso	-1.2
costosa	-1.2
costosi	-1.2
costose	-1.2
costosissimo	-1.8
costosissima	-1.8
costosissimi	-1.8
costosissime	-1.8
esoso	-2.0
esosa	-2.0
esosi	-2.0
esose	-2.0
esosissimo	-2.6
esosissima	-2.6
esosissimi	-2.6
esosissime	-2.6
lento	-1.6
lenta	-1.6
lenti	-1.6
lente	-1.6
lentissimo	-2.2
lentissima	-2.2
lentissimi	-2.2
lentissime	-2.2
inutile	-2.2
inutili	-2.2
inutilissimo	-2.8
inutilissima	-2.8
inutilissimi	-2.8
inutilissime	-2.8
inutilizzabile	-2.7
inutilizzabili	-2.7
inutilizzabilissimo	-3.3
inutilizzabilissima	-3.3
inutilizzabilissimi	-3.3
inutilizzabilissime	-3.3
inservibile	-2.5
inservibili	-2.5
inservibilissimo	-3.1
inservibilissima	-3.1
inservibilissimi	-3.1
inservibilissime	-3.1
superfluo	-1.2
superflua	-1.2
superflui	-1.2
superflue	-1.2
superfluissimo	-1.8
superfluissima	-1.8
superfluissimi	-1.8
superfluissime	-1.8
sbagliato	-1.8
sbagliata	-1.8
sbagliati	-1.8
sbagliate	-1.8
sbagliatissimo	-2.4
sbagliatissima	-2.4
sbagliatissimi	-2.4
sbagliatissime	-2.4
errato	-1.6
errata	-1.6
errati	-1.6
errate	-1.6
erratissimo	-2.2
erratissima	-2.2
erratissimi	-2.2
erratissime	-2.2
scorretto	-2.0
scorretta	-2.0
scorretti	-2.0
scorrette	-2.0
scorrettissimo	-2.6
scorrettissima	-2.6
scorrettissimi	-2.6
scorrettissime	-2.6
falso	-2.2
falsa	-2.2
falsi	-2.2
false	-2.2
falsissimo	-2.8
falsissima	-2.8
falsissimi	-2.8
falsissime	-2.8
finto	-1.6
finta	-1.6
finti	-1.6
finte	-1.6
fintissimo	-2.2
fintissima	-2.2
fintissimi	-2.2
fintissime	-2.2
fasullo	-2.3
fasulla	-2.3
fasulli	-2.3
fasulle	-2.3
fasullissimo	-2.9
fasullissima	-2.9
fasullissimi	-2.9
fasullissime	-2.9
contraffatto	-2.5
contraffatta	-2.5
contraffatti	-2.5
contraffatte	-2.5
contraffattissimo	-3.1
contraffattissima	-3.1
contraffattissimi	-3.1
contraffattissime	-3.1
taroccato	-2.2
taroccata	-2.2
taroccati	-2.2
taroccate	-2.2
taroccatissimo	-2.8
taroccatissima	-2.8
taroccatissimi	-2.8
taroccatissime	-2.8
ingannevole	-2.4
ingannevoli	-2.4
ingannevolissimo	-3.0
ingannevolissima	-3.0
ingannevolissimi	-3.0
ingannevolissime	-3.0
fraudolento	-2.8
fraudolenta	-2.8
fraudolenti	-2.8
fraudolente	-2.8
fraudolentissimo	-3.4
fraudolentissima	-3.4
fraudolentissimi	-3.4
fraudolentissime	-3.4
disonesto	-2.6
disonesta	-2.6
disonesti	-2.6
disoneste	-2.6
disonestissimo	-3.2
disonestissima	-3.2
disonestissimi	-3.2
disonestissime	-3.2
bugiardo	-2.6
bugiarda	-2.6
bugiardi	-2.6
bugiarde	-2.6
bugiardissimo	-3.2
bugiardissima	-3.2
bugiardissimi	-3.2
bugiardissime	-3.2
ipocrita	-2.6
corrotto	-2.8
corrotta	-2.8
corrotti	-2.8
corrotte	-2.8
corrottissimo	-3.4
corrottissima	-3.4
corrottissimi	-3.4
corrottissime	-3.4
ladro	-2.7
ladra	-2.7
ladre	-2.7
ladrissimo	-3.3
ladrissima	-3.3
ladrissimi	-3.3
ladrissime	-3.3
incompetente	-2.6
incompetenti	-2.6
incapace	-2.4
incapaci	-2.4
incapacissimo	-3.0
incapacissima	-3.0
incapacissimi	-3.0
incapacissime	-3.0
inetto	-2.4
inetta	-2.4
inetti	-2.4
inette	-2.4
inettissimo	-3.0
inettissima	-3.0
inettissimi	-3.0
inettissime	-3.0
impreparato	-1.8
impreparata	-1.8
impreparati	-1.8
impreparate	-1.8
impreparatissimo	-2.4
impreparatissima	-2.4
impreparatissimi	-2.4
impreparatissime	-2.4
maleducato	-2.4
maleducata	-2.4
maleducati	-2.4
maleducate	-2.4
maleducatissimo	-3.0
maleducatissima	-3.0
maleducatissimi	-3.0
maleducatissime	-3.0
scortese	-2.3
scortesi	-2.3
sgarbato	-2.3
sgarbata	-2.3
sgarbati	-2.3
sgarbate	-2.3
sgarbatissimo	-2.9
sgarbatissima	-2.9
sgarbatissimi	-2.9
sgarbatissime	-2.9
arrogante	-2.4
arroganti	-2.4
arrogantissimo	-3.0
arrogantissima	-3.0
arrogantissimi	-3.0
arrogantissime	-3.0
presuntuoso	-2.1
presuntuosa	-2.1
presuntuosi	-2.1
presuntuose	-2.1
presuntuosissimo	-2.7
presuntuosissima	-2.7
presuntuosissimi	-2.7
presuntuosissime	-2.7
prepotente	-2.3
prepotenti	-2.3
antipatico	-2.0
antipatica	-2.0
antipatiche	-2.0
antipaticissimo	-2.8
antipaticissima	-2.8
antipaticissimi	-2.8
antipaticissime	-2.8
odioso	-2.8
odiosa	-2.8
odiosi	-2.8
odiose	-2.8
odiosissimo	-3.4
odiosissima	-3.4
odiosissimi	-3.4
odiosissime	-3.4
detestabile	-2.7
detestabili	-2.7
detestabilissimo	-3.3
detestabilissima	-3.3
detestabilissimi	-3.3
detestabilissime	-3.3
insulso	-1.9
insulsa	-1.9
insulsi	-1.9
insulse	-1.9
insulsissimo	-2.5
insulsissima	-2.5
insulsissimi	-2.5
insulsissime	-2.5
stupido	-2.4
stupida	-2.4
stupidi	-2.4
stupide	-2.4
stupidissimo	-3.0
stupidissima	-3.0
stupidissimi	-3.0
stupidissime	-3.0
scemo	-2.1
scema	-2.1
scemi	-2.1
sceme	-2.1
scemissimo	-2.7
scemissima	-2.7
scemissimi	-2.7
scemissime	-2.7
cretino	-2.5
cretina	-2.5
cretine	-2.5
cretinissimo	-3.1
cretinissima	-3.1
cretinissimi	-3.1
cretinissime	-3.1
imbecille	-2.8
imbecillissimo	-3.4
imbecillissima	-3.4
imbecillissimi	-3.4
imbecillissime	-3.4
deficiente	-2.7
demente	-2.4
dementi	-2.4
ignorante	-2.0
ignoranti	-2.0
ignorantissimo	-2.6
ignorantissima	-2.6
ignorantissimi	-2.6
ignorantissime	-2.6
ottuso	-2.0
ottusa	-2.0
ottusi	-2.0
ottuse	-2.0
ottusissimo	-2.6
ottusissima	-2.6
ottusissimi	-2.6
ottusissime	-2.6
incivile	-2.2
incivili	-2.2
incivilissimo	-2.8
incivilissima	-2.8
incivilissimi	-2.8
incivilissime	-2.8
volgare	-1.8
volgari	-1.8
razzista	-2.6
fascista	-1.8
violento	-2.4
violenta	-2.4
violenti	-2.4
violente	-2.4
violentissimo	-3.0
violentissima	-3.0
violentissimi	-3.0
violentissime	-3.0
aggressivo	-1.9
aggressiva	-1.9
aggressivi	-1.9
aggressive	-1.9
crudele	-2.7
crudeli	-2.7
crudelissimo	-3.3
crudelissima	-3.3
crudelissimi	-3.3
crudelissime	-3.3
spietato	-2.4
spietata	-2.4
spietati	-2.4
spietate	-2.4
spietatissimo	-3.0
spietatissima	-3.0
spietatissimi	-3.0
spietatissime	-3.0
cinico	-1.6
cinica	-1.6
ciniche	-1.6
egoista	-2.2
avaro	-1.9
avara	-1.9
avari	-1.9
avare	-1.9
avarissimo	-2.5
avarissima	-2.5
avarissimi	-2.5
avarissime	-2.5
invidioso	-1.8
invidiosa	-1.8
invidiosi	-1.8
invidiose	-1.8
invidiosissimo	-2.4
invidiosissima	-2.4
invidiosissimi	-2.4
invidiosissime	-2.4
geloso	-1.1
gelosa	-1.1
gelosi	-1.1
gelose	-1.1
gelosissimo	-1.7
gelosissima	-1.7
gelosissimi	-1.7
gelosissime	-1.7
vigliacco	-2.6
vigliacca	-2.6
vigliacche	-2.6
vigliacchissimo	-3.2
vigliacchissima	-3.2
vigliacchissimi	-3.2
vigliacchissime	-3.2
codardo	-2.4
codarda	-2.4
codardi	-2.4
codarde	-2.4
codardissimo	-3.0
codardissima	-3.0
codardissimi	-3.0
codardissime	-3.0
infame	-3.0
infami	-3.0
infamissimo	-3.6
infamissima	-3.6
infamissimi	-3.6
infamissime	-3.6
schifato	-2.4
schifata	-2.4
schifati	-2.4
schifate	-2.4
schifatissimo	-3.0
schifatissima	-3.0
schifatissimi	-3.0
schifatissime	-3.0
disgustato	-2.6
disgustata	-2.6
disgustati	-2.6
disgustate	-2.6
disgustatissimo	-3.2
disgustatissima	-3.2
disgustatissimi	-3.2
disgustatissime	-3.2
nauseato	-2.4
nauseata	-2.4
nauseati	-2.4
nauseate	-2.4
nauseatissimo	-3.0
nauseatissima	-3.0
nauseatissimi	-3.0
nauseatissime	-3.0
offeso	-1.9
offesi	-1.9
offesissimo	-2.5
offesissima	-2.5
offesissimi	-2.5
offesissime	-2.5
offensivo	-2.3
offensiva	-2.3
offensivi	-2.3
offensive	-2.3
umiliato	-2.3
umiliata	-2.3
umiliati	-2.3
umiliate	-2.3
umiliatissimo	-2.9
umiliatissima	-2.9
umiliatissimi	-2.9
umiliatissime	-2.9
umiliante	-2.5
umilianti	-2.5
umiliantissimo	-3.1
umiliantissima	-3.1
umiliantissimi	-3.1
umiliantissime	-3.1
imbarazzante	-2.1
imbarazzanti	-2.1
imbarazzantissimo	-2.7
imbarazzantissima	-2.7
imbarazzantissimi	-2.7
imbarazzantissime	-2.7
imbarazzato	-1.3
imbarazzata	-1.3
imbarazzati	-1.3
imbarazzate	-1.3
imbarazzatissimo	-1.9
imbarazzatissima	-1.9
imbarazzatissimi	-1.9
imbarazzatissime	-1.9
vergognato	-1.5
vergognata	-1.5
vergognate	-1.5
vergognatissimo	-2.1
vergognatissima	-2.1
vergognatissimi	-2.1
vergognatissime	-2.1
colpevole	-1.8
colpevoli	-1.8
colpevolissimo	-2.4
colpevolissima	-2.4
colpevolissimi	-2.4
colpevolissime	-2.4
ingiusto	-2.3
ingiusta	-2.3
ingiusti	-2.3
ingiuste	-2.3
ingiustissimo	-2.9
ingiustissima	-2.9
ingiustissimi	-2.9
ingiustissime	-2.9
ingiustificato	-1.8
ingiustificata	-1.8
ingiustificati	-1.8
ingiustificate	-1.8
ingiustificatissimo	-2.4
ingiustificatissima	-2.4
ingiustificatissimi	-2.4
ingiustificatissime	-2.4
assurdo	-2.0
assurda	-2.0
assurdi	-2.0
assurde	-2.0
assurdissimo	-2.6
assurdissima	-2.6
assurdissimi	-2.6
assurdissime	-2.6
folle	-1.4
folli	-1.4
follissimo	-2.0
follissima	-2.0
follissimi	-2.0
follissime	-2.0
pazzo	-1.0
pazza	-1.0
pazzi	-1.0
pazze	-1.0
pazzissimo	-1.6
pazzissima	-1.6
pazzissimi	-1.6
pazzissime	-1.6
demenziale	-1.5
demenziali	-1.5
insensato	-2.0
insensata	-2.0
insensati	-2.0
insensate	-2.0
insensatissimo	-2.6
insensatissima	-2.6
insensatissimi	-2.6
insensatissime	-2.6
incomprensibile	-1.6
incomprensibili	-1.6
incomprensibilissimo	-2.2
incomprensibilissima	-2.2
incomprensibilissimi	-2.2
incomprensibilissime	-2.2
confuso	-1.2
confusa	-1.2
confusi	-1.2
confuse	-1.2
confusissimo	-1.8
confusissima	-1.8
confusissimi	-1.8
confusissime	-1.8
caotico	-1.8
caotica	-1.8
caotiche	-1.8
disordinato	-1.5
disordinata	-1.5
disordinati	-1.5
disordinate	-1.5
disordinatissimo	-2.1
disordinatissima	-2.1
disordinatissimi	-2.1
disordinatissime	-2.1
complicato	-1.2
complicata	-1.2
complicati	-1.2
complicate	-1.2
complicatissimo	-1.8
complicatissima	-1.8
complicatissimi	-1.8
complicatissime	-1.8
difficile	-1.2
difficili	-1.2
difficilissimo	-1.8
difficilissima	-1.8
difficilissimi	-1.8
difficilissime	-1.8
faticoso	-1.4
faticosa	-1.4
faticosi	-1.4
faticose	-1.4
faticosissimo	-2.0
faticosissima	-2.0
faticosissimi	-2.0
faticosissime	-2.0
stressante	-2.0
stressanti	-2.0
stressantissimo	-2.6
stressantissima	-2.6
stressantissimi	-2.6
stressantissime	-2.6
stressato	-1.9
stressata	-1.9
stressati	-1.9
stressate	-1.9
stressatissimo	-2.5
stressatissima	-2.5
stressatissimi	-2.5
stressatissime	-2.5
frustrante	-2.3
frustranti	-2.3
frustrantissimo	-2.9
frustrantissima	-2.9
frustrantissimi	-2.9
frustrantissime	-2.9
frustrato	-2.1
frustrata	-2.1
frustrati	-2.1
frustrate	-2.1
frustratissimo	-2.7
frustratissima	-2.7
frustratissimi	-2.7
frustratissime	-2.7
fastidioso	-2.0
fastidiosa	-2.0
fastidiosi	-2.0
fastidiose	-2.0
fastidiosissimo	-2.6
fastidiosissima	-2.6
fastidiosissimi	-2.6
fastidiosissime	-2.6
irritante	-2.3
irritanti	-2.3
irritantissimo	-2.9
irritantissima	-2.9
irritantissimi	-2.9
irritantissime	-2.9
molesto	-2.0
molesta	-2.0
molesti	-2.0
moleste	-2.0
molestissimo	-2.6
molestissima	-2.6
molestissimi	-2.6
molestissime	-2.6
invadente	-1.8
invadenti	-1.8
rumorosa	-1.4
rumorosi	-1.4
rumorose	-1.4
rumorosissimo	-2.0
rumorosissima	-2.0
rumorosissimi	-2.0
rumorosissime	-2.0
scomodo	-1.6
scomoda	-1.6
scomodi	-1.6
scomode	-1.6
scomodissimo	-2.2
scomodissima	-2.2
scomodissimi	-2.2
scomodissime	-2.2
bruttino	-1.4
bruttina	-1.4
bruttini	-1.4
bruttine	-1.4
bruttinissimo	-2.0
bruttinissima	-2.0
bruttinissimi	-2.0
bruttinissime	-2.0
sospetto	-1.3
sospetta	-1.3
sospetti	-1.3
sospette	-1.3
sospettissimo	-1.9
sospettissima	-1.9
sospettissimi	-1.9
sospettissime	-1.9
ambiguo	-1.2
ambigua	-1.2
ambigui	-1.2
ambigue	-1.2
ambiguissimo	-1.8
ambiguissima	-1.8
ambiguissimi	-1.8
ambiguissime	-1.8
losco	-2.2
losca	-2.2
losche	-2.2
loschissimo	-2.8
loschissima	-2.8
loschissimi	-2.8
loschissime	-2.8
disastrato	-2.4
disastrata	-2.4
disastrati	-2.4
disastrate	-2.4
disastratissimo	-3.0
disastratissima	-3.0
disastratissimi	-3.0
disastratissime	-3.0
malato	-1.7
malata	-1.7
malati	-1.7
malate	-1.7
malatissimo	-2.3
malatissima	-2.3
malatissimi	-2.3
malatissime	-2.3
ammalato	-1.6
ammalata	-1.6
ammalati	-1.6
ammalate	-1.6
ammalatissimo	-2.2
ammalatissima	-2.2
ammalatissimi	-2.2
ammalatissime	-2.2
ferito	-1.9
feritissimo	-2.5
feritissima	-2.5
feritissimi	-2.5
feritissime	-2.5
morto	-2.2
morta	-2.2
mortissimo	-2.8
mortissima	-2.8
mortissimi	-2.8
mortissime	-2.8
uccise	-2.6
uccisissimo	-3.2
uccisissima	-3.2
uccisissimi	-3.2
uccisissime	-3.2
abbandonato	-2.0
abbandonata	-2.0
abbandonati	-2.0
abbandonate	-2.0
abbandonatissimo	-2.6
abbandonatissima	-2.6
abbandonatissimi	-2.6
abbandonatissime	-2.6
dimenticato	-1.3
dimenticata	-1.3
dimenticati	-1.3
dimenticate	-1.3
dimenticatissimo	-1.9
dimenticatissima	-1.9
dimenticatissimi	-1.9
dimenticatissime	-1.9
ignorato	-1.6
ignorata	-1.6
ignorati	-1.6
ignorate	-1.6
ignoratissimo	-2.2
ignoratissima	-2.2
ignoratissimi	-2.2
ignoratissime	-2.2
trascurato	-1.7
trascurata	-1.7
trascurati	-1.7
trascurate	-1.7
trascuratissimo	-2.3
trascuratissima	-2.3
trascuratissimi	-2.3
trascuratissime	-2.3
persa	-1.4
perse	-1.4
persissimo	-2.0
persissima	-2.0
persissimi	-2.0
persissime	-2.0
smarrito	-1.7
smarrita	-1.7
smarriti	-1.7
smarrite	-1.7
smarritissimo	-2.3
smarritissima	-2.3
smarritissimi	-2.3
smarritissime	-2.3
disperso	-1.6
dispersa	-1.6
dispersi	-1.6
disperse	-1.6
dispersissimo	-2.2
dispersissima	-2.2
dispersissimi	-2.2
dispersissime	-2.2
bloccato	-1.7
bloccata	-1.7
bloccati	-1.7
bloccate	-1.7
bloccatissimo	-2.3
bloccatissima	-2.3
bloccatissimi	-2.3
bloccatissime	-2.3
annullato	-1.6
annullata	-1.6
annullati	-1.6
annullate	-1.6
annullatissimo	-2.2
annullatissima	-2.2
annullatissimi	-2.2
annullatissime	-2.2
cancellato	-1.0
cancellata	-1.0
cancellati	-1.0
cancellate	-1.0
cancellatissimo	-1.6
cancellatissima	-1.6
cancellatissimi	-1.6
cancellatissime	-1.6
rimborsato	0.8
rimborsata	0.8
rimborsati	0.8
rimborsate	0.8
rimborsatissimo	1.4
rimborsatissima	1.4
rimborsatissimi	1.4
rimborsatissime	1.4
negativo	-1.7
negativa	-1.7
negativi	-1.7
negative	-1.7
pessimista	-1.6
pessimistico	-1.6
pessimistica	-1.6
pessimistiche	-1.6
precario	-1.5
precaria	-1.5
precarie	-1.5
instabile	-1.4
instabili	-1.4
instabilissimo	-2.0
instabilissima	-2.0
instabilissimi	-2.0
instabilissime	-2.0
fragile	-1.0
fragili	-1.0
fragilissimo	-1.6
fragilissima	-1.6
fragilissimi	-1.6
fragilissime	-1.6
debole	-1.2
deboli	-1.2
debolissimo	-1.8
debolissima	-1.8
debolissimi	-1.8
debolissime	-1.8
povero	-1.6
povera	-1.6
poveri	-1.6
povere	-1.6
poverissimo	-2.2
poverissima	-2.2
poverissimi	-2.2
poverissime	-2.2
sfortunato	-2.0
sfortunata	-2.0
sfortunati	-2.0
sfortunate	-2.0
sfortunatissimo	-2.6
sfortunatissima	-2.6
sfortunatissimi	-2.6
sfortunatissime	-2.6
sventurato	-2.1
sventurata	-2.1
sventurati	-2.1
sventurate	-2.1
sventuratissimo	-2.7
sventuratissima	-2.7
sventuratissimi	-2.7
sventuratissime	-2.7
maledetto	-2.6
maledetta	-2.6
maledetti	-2.6
maledette	-2.6
maledettissimo	-3.2
maledettissima	-3.2
maledettissimi	-3.2
maledettissime	-3.2
dannato	-2.3
dannata	-2.3
dannati	-2.3
dannate	-2.3
dannatissimo	-2.9
dannatissima	-2.9
dannatissimi	-2.9
dannatissime	-2.9
orrido	-2.9
orrida	-2.9
orridi	-2.9
orride	-2.9
orridissimo	-3.5
orridissima	-3.5
orridissimi	-3.5
orridissime	-3.5
atroce	-3.0
atroci	-3.0
atrocissimo	-3.6
atrocissima	-3.6
atrocissimi	-3.6
atrocissime	-3.6
feroce	-2.2
feroci	-2.2
ferocissimo	-2.8
ferocissima	-2.8
ferocissimi	-2.8
ferocissime	-2.8
brutale	-2.6
brutali	-2.6
barbaro	-2.5
barbara	-2.5
barbari	-2.5
barbare	-2.5
barbarissimo	-3.1
barbarissima	-3.1
barbarissimi	-3.1
barbarissime	-3.1
disumano	-2.9
disumana	-2.9
disumani	-2.9
disumane	-2.9
disumanissimo	-3.5
disumanissima	-3.5
disumanissimi	-3.5
disumanissime	-3.5
vile	-2.5
vili	-2.5
abietto	-2.9
abietta	-2.9
abietti	-2.9
abiette	-2.9
abiettissimo	-3.5
abiettissima	-3.5
abiettissimi	-3.5
abiettissime	-3.5
spregevole	-2.9
spregevoli	-2.9
spregevolissimo	-3.5
spregevolissima	-3.5
spregevolissimi	-3.5
spregevolissime	-3.5
ignobile	-2.9
ignobili	-2.9
ignobilissimo	-3.5
ignobilissima	-3.5
ignobilissimi	-3.5
ignobilissime	-3.5
indecoroso	-2.4
indecorosa	-2.4
indecorosi	-2.4
indecorose	-2.4
indecorosissimo	-3.0
indecorosissima	-3.0
indecorosissimi	-3.0
indecorosissime	-3.0
sgradevole	-2.1
sgradevoli	-2.1
sgradevolissimo	-2.7
sgradevolissima	-2.7
sgradevolissimi	-2.7
sgradevolissime	-2.7
spiacevole	-2.0
spiacevoli	-2.0
spiacevolissimo	-2.6
spiacevolissima	-2.6
spiacevolissimi	-2.6
spiacevolissime	-2.6
antiestetico	-1.8
antiestetica	-1.8
antiestetiche	-1.8
inguardabile	-2.7
inguardabili	-2.7
inguardabilissimo	-3.3
inguardabilissima	-3.3
inguardabilissimi	-3.3
inguardabilissime	-3.3
sciatto	-1.9
sciatta	-1.9
sciatti	-1.9
sciatte	-1.9
sciattissimo	-2.5
sciattissima	-2.5
sciattissimi	-2.5
sciattissime	-2.5
superficiale	-1.6
superficiali	-1.6
approssimativo	-1.6
approssimativa	-1.6
approssimativi	-1.6
approssimative	-1.6
negligente	-2.3
negligenti	-2.3
irresponsabile	-2.4
irresponsabili	-2.4
irresponsabilissimo	-3.0
irresponsabilissima	-3.0
irresponsabilissimi	-3.0
irresponsabilissime	-3.0
inaffidabile	-2.4
inaffidabili	-2.4
inaffidabilissimo	-3.0
inaffidabilissima	-3.0
inaffidabilissimi	-3.0
inaffidabilissime	-3.0
irraggiungibile	-1.8
irraggiungibili	-1.8
irraggiungibilissimo	-2.4
irraggiungibilissima	-2.4
irraggiungibilissimi	-2.4
irraggiungibilissime	-2.4
introvabile	-1.0
introvabili	-1.0
introvabilissimo	-1.6
introvabilissima	-1.6
introvabilissimi	-1.6
introvabilissime	-1.6
irreperibile	-2.0
irreperibili	-2.0
irreperibilissimo	-2.6
irreperibilissima	-2.6
irreperibilissimi	-2.6
irreperibilissime	-2.6
indisponibile	-1.4
indisponibili	-1.4
indisponibilissimo	-2.0
indisponibilissima	-2.0
indisponibilissimi	-2.0
indisponibilissime	-2.0
esaurito	-1.0
esaurita	-1.0
esauriti	-1.0
esaurite	-1.0
esauritissimo	-1.6
esauritissima	-1.6
esauritissimi	-1.6
esauritissime	-1.6
sovrapprezzato	-2.0
sovrapprezzata	-2.0
sovrapprezzati	-2.0
sovrapprezzate	-2.0
sovrapprezzatissimo	-2.6
sovrapprezzatissima	-2.6
sovrapprezzatissimi	-2.6
sovrapprezzatissime	-2.6
truffaldino	-2.8
truffaldina	-2.8
truffaldini	-2.8
truffaldine	-2.8
truffaldinissimo	-3.4
truffaldinissima	-3.4
truffaldinissimi	-3.4
truffaldinissime	-3.4
sottopagato	-1.6
sottopagata	-1.6
sottopagati	-1.6
sottopagate	-1.6
sottopagatissimo	-2.2
sottopagatissima	-2.2
sottopagatissimi	-2.2
sottopagatissime	-2.2
sfruttato	-2.1
sfruttata	-2.1
sfruttati	-2.1
sfruttate	-2.1
sfruttatissimo	-2.7
sfruttatissima	-2.7
sfruttatissimi	-2.7
sfruttatissime	-2.7
indebitato	-1.6
indebitata	-1.6
indebitati	-1.6
indebitate	-1.6
indebitatissimo	-2.2
indebitatissima	-2.2
indebitatissimi	-2.2
indebitatissime	-2.2
disoccupato	-1.5
disoccupata	-1.5
disoccupati	-1.5
disoccupate	-1.5
disoccupatissimo	-2.1
disoccupatissima	-2.1
disoccupatissimi	-2.1
disoccupatissime	-2.1
incompleto	-1.4
incompleta	-1.4
incompleti	-1.4
incomplete	-1.4
incompletissimo	-2.0
incompletissima	-2.0
incompletissimi	-2.0
incompletissime	-2.0
mancante	-1.5
mancanti	-1.5
mancantissimo	-2.1
mancantissima	-2.1
mancantissimi	-2.1
mancantissime	-2.1
obsoleto	-1.3
obsoleta	-1.3
obsoleti	-1.3
obsolete	-1.3
obsoletissimo	-1.9
obsoletissima	-1.9
obsoletissimi	-1.9
obsoletissime	-1.9
antiquato	-1.3
antiquata	-1.3
antiquati	-1.3
antiquate	-1.3
antiquatissimo	-1.9
antiquatissima	-1.9
antiquatissimi	-1.9
antiquatissime	-1.9
usurato	-1.4
usurata	-1.4
usurati	-1.4
usurate	-1.4
usuratissimo	-2.0
usuratissima	-2.0
usuratissimi	-2.0
usuratissime	-2.0
consumato	-0.8
consumata	-0.8
consumati	-0.8
consumate	-0.8
consumatissimo	-1.4
consumatissima	-1.4
consumatissimi	-1.4
consumatissime	-1.4
rovinoso	-2.6
rovinosa	-2.6
rovinosi	-2.6
rovinose	-2.6
rovinosissimo	-3.2
rovinosissima	-3.2
rovinosissimi	-3.2
rovinosissime	-3.2
ingestibile	-2.0
ingestibili	-2.0
ingestibilissimo	-2.6
ingestibilissima	-2.6
ingestibilissimi	-2.6
ingestibilissime	-2.6
impossibile	-1.3
impossibili	-1.3
impossibilissimo	-1.9
impossibilissima	-1.9
impossibilissimi	-1.9
impossibilissime	-1.9
inaccessibile	-1.5
inaccessibili	-1.5
inaccessibilissimo	-2.1
inaccessibilissima	-2.1
inaccessibilissimi	-2.1
inaccessibilissime	-2.1
incasinato	-2.0
incasinata	-2.0
incasinati	-2.0
incasinate	-2.0
incasinatissimo	-2.6
incasinatissima	-2.6
incasinatissimi	-2.6
incasinatissime	-2.6
sconnesso	-1.4
sconnessa	-1.4
sconnessi	-1.4
sconnesse	-1.4
sconnessissimo	-2.0
sconnessissima	-2.0
sconnessissimi	-2.0
sconnessissime	-2.0
sconclusionato	-1.9
sconclusionata	-1.9
sconclusionati	-1.9
sconclusionate	-1.9
sconclusionatissimo	-2.5
sconclusionatissima	-2.5
sconclusionatissimi	-2.5
sconclusionatissime	-2.5
svogliato	-1.4
svogliata	-1.4
svogliati	-1.4
svogliate	-1.4
svogliatissimo	-2.0
svogliatissima	-2.0
svogliatissimi	-2.0
svogliatissime	-2.0
pigro	-1.3
pigra	-1.3
pigri	-1.3
pigre	-1.3
pigrissimo	-1.9
pigrissima	-1.9
pigrissimi	-1.9
pigrissime	-1.9
viziato	-1.4
viziata	-1.4
viziati	-1.4
viziate	-1.4
viziatissimo	-2.0
viziatissima	-2.0
viziatissimi	-2.0
viziatissime	-2.0
permaloso	-1.3
permalosa	-1.3
permalosi	-1.3
permalose	-1.3
permalosissimo	-1.9
permalosissima	-1.9
permalosissimi	-1.9
permalosissime	-1.9
isterico	-1.9
isterica	-1.9
isteriche	-1.9
paranoico	-1.6
paranoica	-1.6
paranoiche	-1.6
malvagio	-2.8
malvagia	-2.8
malvagi	-2.8
malvagie	-2.8
malvagissimo	-3.4
malvagissima	-3.4
malvagissimi	-3.4
malvagissime	-3.4
diabolico	-2.3
diabolica	-2.3
diaboliche	-2.3
perverso	-2.3
perversa	-2.3
perversi	-2.3
perverse	-2.3
perversissimo	-2.9
perversissima	-2.9
perversissimi	-2.9
perversissime	-2.9
mostruoso	-2.3
mostruosa	-2.3
mostruosi	-2.3
mostruose	-2.3
mostruosissimo	-2.9
mostruosissima	-2.9
mostruosissimi	-2.9
mostruosissime	-2.9
grottesco	-1.9
grottesca	-1.9
grottesche	-1.9
grotteschissimo	-2.5
grotteschissima	-2.5
grotteschissimi	-2.5
grotteschissime	-2.5
vomitoso	-3.0
vomitosa	-3.0
vomitosi	-3.0
vomitose	-3.0
vomitosissimo	-3.6
vomitosissima	-3.6
vomitosissimi	-3.6
vomitosissime	-3.6
merdoso	-3.2
merdosa	-3.2
merdosi	-3.2
merdose	-3.2
merdosissimo	-3.8
merdosissima	-3.8
merdosissimi	-3.8
merdosissime	-3.8
# --- positive nouns ---
amore	2.6
amori	2.2
gioia	2.8
gioie	2.5
felicità	3.0
allegria	2.4
serenità	2.2
pace	1.7
armonia	1.8
bellezza	2.4
meraviglia	2.8
meraviglie	2.6
splendore	2.3
successo	2.3
successi	2.2
vittoria	2.3
vittorie	2.2
trionfo	2.6
conquista	1.3
vincita	0.6
premio	1.5
regalo	1.7
dono	1.0
sorpresa	1.2
festa	1.7
festeggiamenti	1.8
celebrazione	1.6
auguri	1.9
augurio	1.8
complimenti	2.4
complimento	2.0
congratulazioni	2.6
felicitazioni	2.4
grazie	1.5
ringraziamento	1.8
ringraziamenti	1.9
gratitudine	2.2
riconoscenza	2.1
fiducia	0.5
speranza	1.6
speranze	1.4
sogno	1.5
sogni	1.3
passione	1.7
entusiasmo	2.2
emozione	1.4
emozioni	1.5
sorriso	2.1
sorrisi	2.0
risata	1.8
risate	1.9
divertimento	2.1
piacere	1.9
soddisfazione	2.3
soddisfazioni	2.2
orgoglio	1.8
onore	1.7
rispetto	1.4
stima	1.6
ammirazione	2.0
affetto	2.2
tenerezza	2.0
amicizia	2.0
amico	0.6
amici	0.6
amica	0.6
solidarietà	1.6
sostegno	1.3
supporto	0.6
cortesia	1.9
gentilezza	2.3
professionalità	2.2
competenza	1.8
disponibilità	1.6
puntualità	1.8
qualità	0.5
eccellenza	2.6
perfezione	2.6
capolavoro	3.1
capolavori	3.0
genio	2.1
talento	2.0
fortuna	1.6
benessere	1.8
libertà	1.6
giustizia	1.3
onestà	2.0
coraggio	1.9
bontà	2.1
dolcezza	2.1
calore	1.1
comfort	1.4
relax	1.8
vacanza	1.5
vacanze	1.5
paradiso	2.4
spettacolo	1.6
figata	2.6
figate	2.4
ficata	2.4
goduria	2.5
chicca	2.0
affare	1.6
affarone	2.4
occasione	1.2
sconto	1.0
sconti	1.0
offerta	0.5
vantaggio	1.2
vantaggi	1.2
pregio	1.2
pregi	1.6
miglioramento	1.6
miglioramenti	1.5
progresso	1.5
progressi	1.6
innovazione	1.2
soluzione	1.3
soluzioni	1.1
risolto	1.6
risolta	1.6
bravura	2.1
abilità	1.4
benedizione	2.1
miracolo	2.0
tesoro	2.0
gioiello	2.3
gioiellino	2.4
idolo	2.0
mito	2.1
campione	1.8
campioni	1.7
grande	0.6
grandi	0.7
grandissimo	2.4
grandissima	2.4
grandissimi	2.3
grandissime	2.3
tanti auguri	2.3
buon compleanno	2.2
buone feste	2.1
buon natale	2.0
buona pasqua	1.9
buon anno	2.0
buona giornata	1.7
buona serata	1.6
buonanotte	1.4
buona notte	1.4
buongiorno	0.6
buonasera	0.9
bentornato	1.9
bentornata	1.9
benvenuto	1.9
benvenuta	1.9
benvenuti	1.9
# --- negative nouns ---
odio	-3.0
rabbia	-2.4
ira	-2.2
collera	-2.3
furia	-2.2
odio profondo	-3.4
disprezzo	-2.6
schifo	-3.0
schifezza	-2.9
schifezze	-2.8
porcheria	-2.8
porcherie	-2.7
vergogna	-2.6
vergogne	-2.5
scandalo	-2.5
scandali	-2.4
orrore	-2.9
orrori	-2.8
disgusto	-2.7
nausea	-2.2
paura	-2.0
paure	-1.8
terrore	-2.7
panico	-2.2
ansia	-2.0
angoscia	-2.5
tristezza	-2.3
dolore	-2.4
dolori	-2.1
sofferenza	-2.5
sofferenze	-2.4
pena	-1.7
pianto	-1.9
lacrime	-1.6
lutto	-2.4
morte	-2.4
morti	-2.1
omicidio	-3.0
strage	-3.3
massacro	-3.3
guerra	-2.6
guerre	-2.5
violenza	-2.8
violenze	-2.7
aggressione	-2.6
attentato	-3.0
terrorismo	-3.0
terrorista	-3.0
terroristi	-3.0
crimine	-2.6
crimini	-2.5
criminale	-2.8
criminali	-2.8
delinquente	-2.6
delinquenti	-2.6
mafia	-2.8
mafioso	-2.8
mafiosi	-2.8
corruzione	-2.8
tangente	-2.4
tangenti	-2.4
furto	-2.5
furti	-2.4
ladri	-2.7
ladrone	-2.8
ladroni	-2.8
rapina	-2.6
truffa	-3.0
truffe	-2.9
truffatore	-3.1
truffatori	-3.1
imbroglio	-2.6
imbroglione	-2.8
imbroglioni	-2.8
fregatura	-2.8
fregature	-2.7
inganno	-2.4
bugia	-2.2
bugie	-2.3
menzogna	-2.4
menzogne	-2.4
frode	-2.8
raggiro	-2.6
presa in giro	-2.5
pagliacciata	-2.4
buffonata	-2.3
buffone	-2.3
buffoni	-2.3
pagliaccio	-2.1
pagliacci	-2.1
disastro	-2.8
disastri	-2.7
catastrofe	-3.0
tragedia	-2.8
tragedie	-2.7
incubo	-2.6
crisi	-1.8
problema	-1.4
problemi	-1.5
problematica	-1.0
guaio	-1.9
guai	-1.9
casino	-1.6
pasticcio	-1.6
errore	-1.5
errori	-1.5
sbaglio	-1.5
sbagli	-1.4
difetto	-1.9
difetti	-1.8
guasto	-2.1
guasti	-2.0
danno	-2.0
danni	-2.1
rottura	-1.8
malfunzionamento	-2.2
malfunzionamenti	-2.2
ritardo	-1.8
ritardi	-1.9
attesa	-0.8
attese	-0.7
disservizio	-2.6
disservizi	-2.6
disagio	-1.8
disagi	-1.9
inconveniente	-1.6
inconvenienti	-1.6
reclamo	-1.6
reclami	-1.6
lamentela	-1.6
lamentele	-1.6
protesta	-1.3
proteste	-1.3
sciopero	-1.2
delusione	-2.5
delusioni	-2.4
fallimento	-2.5
fallimenti	-2.4
sconfitta	-2.1
sconfitte	-2.0
perdita	-1.6
perdite	-1.6
spreco	-1.8
sprechi	-1.9
fatica	-1.2
stress	-1.8
stanchezza	-1.4
malattia	-2.0
malattie	-1.9
cancro	-2.4
tumore	-2.4
febbre	-1.3
virus	-1.2
incidente	-2.1
incidenti	-2.0
miseria	-2.3
povertà	-2.1
fame	-1.7
disoccupazione	-1.9
tasse	-1.3
balzello	-1.8
ingiustizia	-2.5
ingiustizie	-2.4
discriminazione	-2.5
razzismo	-2.8
odiatori	-2.4
ipocrisia	-2.5
falsità	-2.3
arroganza	-2.3
ignoranza	-2.1
stupidità	-2.3
idiozia	-2.5
idiozie	-2.5
cazzata	-2.4
cazzate	-2.4
stronzata	-2.6
stronzate	-2.6
boiata	-2.6
boiate	-2.5
cavolata	-1.8
cavolate	-1.8
sciocchezza	-1.6
sciocchezze	-1.7
scemenza	-1.9
scemenze	-1.9
fesseria	-1.9
fesserie	-1.9
porcata	-2.6
porcate	-2.6
cagata	-2.8
cagate	-2.8
merda	-3.1
merdata	-3.0
schifio	-2.4
cesso	-2.1
ciofeca	-2.6
fregatura totale	-3.2
cattiveria	-2.3
cattiverie	-2.2
crudeltà	-2.7
minaccia	-2.2
minacce	-2.2
ricatto	-2.6
insulto	-2.3
insulti	-2.3
offesa	-2.1
offese	-2.0
umiliazione	-2.4
abuso	-2.5
abusi	-2.5
molestia	-2.6
molestie	-2.6
sfruttamento	-2.4
schiavitù	-2.6
degrado	-2.3
inquinamento	-1.9
rifiuti	-0.6
spazzatura	-2.0
immondizia	-2.0
sporcizia	-2.2
puzza	-2.1
tanfo	-2.2
muffa	-1.8
scarafaggi	-2.1
insetti	-1.0
topi	-1.6
rumore	-1.2
caos	-1.9
confusione	-1.2
dramma	-1.9
drammi	-1.8
lite	-1.8
litigio	-1.8
litigi	-1.7
conflitto	-1.7
polemica	-1.4
polemiche	-1.4
accusa	-1.5
accuse	-1.5
condanna	-1.8
carcere	-1.6
galera	-1.7
arresto	-1.5
multa	-1.4
multe	-1.4
sanzione	-1.3
debito	-1.4
debiti	-1.5
rischio	-1.2
rischi	-1.2
pericolo	-1.9
pericoli	-1.8
emergenza	-1.5
allarme	-1.4
vittima	-1.8
vittime	-2.0
nemico	-1.8
nemici	-1.8
idiota	-2.7
idioti	-2.7
imbecilli	-2.8
deficienti	-2.7
cretini	-2.5
coglione	-3.0
coglioni	-3.0
stronzo	-3.2
stronza	-3.2
stronzi	-3.2
stronze	-3.2
bastardo	-3.0
bastarda	-3.0
bastardi	-3.0
schifoso	-3.2
verme	-2.5
vermi	-2.5
sciacallo	-2.6
sciacalli	-2.6
pezzente	-2.5
pezzenti	-2.5
vergognatevi	-3.0
vergognati	-2.9
vergognarsi	-2.6
fallito	-2.2
falliti	-2.2
perdente	-2.0
perdenti	-2.0
sfigato	-2.1
sfigati	-2.1
sfiga	-2.2
sfortuna	-2.0
iella	-1.9
zozzo	-2.1
zozzi	-2.1
zozzoni	-2.2
somaro	-1.9
asino	-1.2
ignorantone	-2.3
# --- verbs (positive) ---
amare	2.6
adorare	2.9
adorano	2.9
adorato	2.9
adorata	2.9
adorati	2.9
adorate	2.9
adori	2.9
apprezzare	2.1
apprezzo	2.1
apprezza	2.1
apprezzano	2.1
apprezzi	2.1
ammirare	2.0
ammiro	2.0
ammira	2.0
ammirano	2.0
ammirato	2.0
ammirata	2.0
ammirati	2.0
ammirate	2.0
ammiri	2.0
stimare	1.4
stimo	1.4
stimano	1.4
stimi	1.4
consigliare	1.6
consiglia	1.6
consigliano	1.6
consigli	1.6
raccomandare	1.6
raccomanda	1.6
raccomandano	1.6
raccomandi	1.6
ringraziare	2.0
ringrazia	2.0
ringraziano	2.0
ringraziato	2.0
ringraziata	2.0
ringraziati	2.0
ringraziate	2.0
ringrazi	2.0
festeggiare	1.9
festeggio	1.9
festeggia	1.9
festeggiano	1.9
festeggiato	1.9
festeggiata	1.9
festeggiati	1.9
festeggiate	1.9
festeggi	1.9
celebrare	1.6
celebro	1.6
celebra	1.6
celebrano	1.6
celebrato	1.6
celebrata	1.6
celebrati	1.6
celebrate	1.6
celebri	1.6
sorridere	1.8
divertire	1.9
divertite	1.9
godere	1.8
gustare	1.6
gusto	1.6
gusta	1.6
gustano	1.6
gustato	1.6
gustata	1.6
gustati	1.6
gustate	1.6
gusti	1.6
sognare	1.2
sogna	1.2
sognano	1.2
sognato	1.2
sognata	1.2
sognati	1.2
sognate	1.2
sperare	0.6
spero	0.6
spera	0.6
sperano	0.6
sperato	0.6
sperata	0.6
sperati	0.6
sperate	0.6
speri	0.6
vincere	1.8
trionfare	2.3
trionfa	2.3
trionfano	2.3
trionfato	2.3
trionfata	2.3
trionfati	2.3
trionfate	2.3
trionfi	2.3
migliorare	1.5
miglioro	1.5
migliora	1.5
migliorano	1.5
migliorato	1.5
migliorata	1.5
migliorati	1.5
migliorate	1.5
aiutare	1.5
aiuto	1.5
aiuta	1.5
aiutano	1.5
aiutato	1.5
aiutata	1.5
aiutati	1.5
aiutate	1.5
aiuti	1.5
sostenere	0.7
proteggere	1.2
salvare	1.5
salvo	1.5
salva	1.5
salvano	1.5
salvato	1.5
salvata	1.5
salvati	1.5
salvate	1.5
salvi	1.5
meritare	0.9
merito	0.9
meritato	0.9
meritata	0.9
meritati	0.9
meritate	0.9
meriti	0.9
funzionare	1.0
funziono	1.0
funzionato	1.0
funzionata	1.0
funzionati	1.0
funzionate	1.0
funzioni	1.0
emozionare	1.8
emoziono	1.8
emoziona	1.8
emozionano	1.8
entusiasmare	2.3
entusiasma	2.3
entusiasmano	2.3
entusiasmato	2.3
entusiasmata	2.3
entusiasmati	2.3
entusiasmate	2.3
entusiasmi	2.3
innamorare	2.1
innamoro	2.1
innamora	2.1
innamorano	2.1
innamori	2.1
abbracciare	1.6
abbraccia	1.6
abbracciano	1.6
abbracciato	1.6
abbracciata	1.6
abbracciati	1.6
abbracciate	1.6
baciare	1.6
bacia	1.6
baciano	1.6
baciato	1.6
baciata	1.6
baciati	1.6
baciate	1.6
coccolare	1.9
coccolo	1.9
coccola	1.9
coccolano	1.9
coccolato	1.9
coccolata	1.9
coccolati	1.9
coccolate	1.9
coccoli	1.9
rallegrare	2.0
rallegro	2.0
rallegra	2.0
rallegrano	2.0
rallegrato	2.0
rallegrata	2.0
rallegrati	2.0
rallegrate	2.0
rallegri	2.0
consolare	1.2
consolo	1.2
consola	1.2
consolano	1.2
consolato	1.2
consolata	1.2
consolati	1.2
consolate	1.2
consoli	1.2
incoraggiare	1.6
incoraggio	1.6
incoraggia	1.6
incoraggiano	1.6
incoraggiato	1.6
incoraggiata	1.6
incoraggiati	1.6
incoraggiate	1.6
incoraggi	1.6
rispettare	1.3
rispetta	1.3
rispettano	1.3
rispettato	1.3
rispettata	1.3
rispettati	1.3
rispettate	1.3
rispetti	1.3
complimentare	2.1
complimenta	2.1
complimentano	2.1
complimentato	2.1
complimentata	2.1
complimentati	2.1
complimentate	2.1
stupire	1.4
stupito	1.4
stupita	1.4
stupiti	1.4
stupite	1.4
meravigliare	1.8
meraviglio	1.8
meravigliano	1.8
meravigliato	1.8
meravigliata	1.8
meravigliati	1.8
meravigliate	1.8
meravigli	1.8
soddisfare	1.8
soddisfo	1.8
soddisfa	1.8
soddisfano	1.8
soddisfato	1.8
soddisfata	1.8
soddisfati	1.8
soddisfate	1.8
soddisfi	1.8
rilassare	1.5
rilasso	1.5
rilassa	1.5
rilassano	1.5
rilassi	1.5
accontentare	1.0
accontento	1.0
accontenta	1.0
accontentano	1.0
accontentato	1.0
accontentata	1.0
accontentati	1.0
accontentate	1.0
accontenti	1.0
superare	1.2
supero	1.2
supera	1.2
superano	1.2
superato	1.2
superata	1.2
superati	1.2
superate	1.2
superi	1.2
brillare	1.7
brillo	1.7
brilla	1.7
brillano	1.7
brillato	1.7
brillata	1.7
brillati	1.7
brillate	1.7
brilli	1.7
spaccare	1.2
spacco	1.2
spaccata	1.2
spaccati	1.2
spaccate	1.2
spacchi	1.2
rinascere	1.8
amo	2.6
ami	2.4
ama	2.5
amiamo	2.5
amano	2.4
adoro	3.0
adora	2.8
adoriamo	2.9
piace	1.8
piacciono	1.8
piaceva	1.5
piaciuto	2.0
piaciuta	2.0
piaciuti	2.0
piaciute	2.0
mi piace	2.0
ci piace	2.0
mi piacciono	2.0
consiglierei	2.1
consiglierò	2.0
consiglio vivamente	3.0
lo consiglio	2.4
la consiglio	2.4
li consiglio	2.4
le consiglio	2.4
ve lo consiglio	2.6
ve la consiglio	2.6
lo consiglio a tutti	3.0
consigliatissimo	2.8
raccomando	1.6
ricomprerei	2.4
riacquisterei	2.4
ci tornerò	2.5
ci torneremo	2.5
ci ritornerò	2.5
torneremo sicuramente	2.8
funziona	1.1
funzionano	1.1
funziona bene	2.0
funziona perfettamente	2.8
funziona alla grande	2.9
vale la pena	2.0
ne vale la pena	2.2
merita	1.6
meritano	1.5
merita tantissimo	2.8
soddisfatta	2.2
# --- verbs (negative) ---
odiare	-3.0
odiato	-3.0
odiata	-3.0
odiati	-3.0
odiate	-3.0
detestare	-2.8
detesta	-2.8
detestano	-2.8
detestato	-2.8
detestata	-2.8
detestati	-2.8
detestate	-2.8
detesti	-2.8
disprezzare	-2.6
disprezza	-2.6
disprezzano	-2.6
disprezzato	-2.6
disprezzata	-2.6
disprezzati	-2.6
disprezzate	-2.6
disprezzi	-2.6
schifare	-2.7
schifa	-2.7
schifano	-2.7
schifi	-2.7
deludere	-2.4
tradire	-2.5
tradita	-2.5
traditi	-2.5
tradite	-2.5
ingannare	-2.5
inganna	-2.5
ingannano	-2.5
ingannato	-2.5
ingannata	-2.5
ingannati	-2.5
ingannate	-2.5
inganni	-2.5
truffare	-3.0
truffo	-3.0
truffano	-3.0
truffate	-3.0
truffi	-3.0
fregare	-1.9
frego	-1.9
frega	-1.9
fregano	-1.9
fregato	-1.9
fregata	-1.9
fregati	-1.9
fregate	-1.9
freghi	-1.9
imbrogliare	-2.6
imbroglia	-2.6
imbrogliano	-2.6
imbrogliato	-2.6
imbrogliata	-2.6
imbrogliati	-2.6
imbrogliate	-2.6
imbrogli	-2.6
rubare	-2.6
rubo	-2.6
ruba	-2.6
rubano	-2.6
rubato	-2.6
rubata	-2.6
rubati	-2.6
rubate	-2.6
rubi	-2.6
derubare	-2.8
derubo	-2.8
deruba	-2.8
derubano	-2.8
derubata	-2.8
derubati	-2.8
derubate	-2.8
derubi	-2.8
lamentare	-1.6
lamento	-1.6
lamenta	-1.6
lamentano	-1.6
lamentato	-1.6
lamentata	-1.6
lamentati	-1.6
lamentate	-1.6
lamenti	-1.6
protestare	-1.2
protesto	-1.2
protestano	-1.2
protestato	-1.2
protestata	-1.2
protestati	-1.2
protestate	-1.2
protesti	-1.2
piangere	-1.9
soffrire	-2.2
soffrito	-2.2
soffrita	-2.2
soffriti	-2.2
soffrite	-2.2
morire	-2.0
morito	-2.0
morita	-2.0
moriti	-2.0
morite	-2.0
uccidere	-2.9
ammazzare	-2.8
ammazzo	-2.8
ammazza	-2.8
ammazzano	-2.8
ammazzati	-2.8
ammazzate	-2.8
ammazzi	-2.8
distruggere	-2.5
rovinare	-2.4
rovino	-2.4
rovinano	-2.4
rovini	-2.4
rompere	-1.9
danneggiare	-2.0
danneggio	-2.0
danneggia	-2.0
danneggiano	-2.0
danneggi	-2.0
fallire	-2.2
sbagliare	-1.5
sbaglia	-1.5
sbagliano	-1.5
perdere	-1.3
sprecare	-1.8
sprecano	-1.8
sprecato	-1.8
sprecata	-1.8
sprecati	-1.8
sprecate	-1.8
peggiorare	-2.1
peggioro	-2.1
peggiora	-2.1
peggiorano	-2.1
peggiorato	-2.1
peggiorata	-2.1
peggiorati	-2.1
peggiorate	-2.1
stancare	-1.4
stancano	-1.4
stancato	-1.4
stancata	-1.4
stancati	-1.4
stancate	-1.4
stanchi	-1.4
stufare	-1.9
stufano	-1.9
stufato	-1.9
stufata	-1.9
stufati	-1.9
stufate	-1.9
irritare	-2.0
irrito	-2.0
irrita	-2.0
irritano	-2.0
irriti	-2.0
infastidire	-1.9
infastidito	-1.9
infastidita	-1.9
infastiditi	-1.9
infastidite	-1.9
disturbare	-1.5
disturbo	-1.5
disturba	-1.5
disturbano	-1.5
disturbato	-1.5
disturbata	-1.5
disturbati	-1.5
disturbate	-1.5
disturbi	-1.5
offendere	-2.0
insultare	-2.3
insulta	-2.3
insultano	-2.3
insultati	-2.3
insultate	-2.3
umiliare	-2.4
umilio	-2.4
umilia	-2.4
umiliano	-2.4
minacciare	-2.3
minaccio	-2.3
minacciano	-2.3
minacciati	-2.3
minacciate	-2.3
minacci	-2.3
spaventare	-1.9
spavento	-1.9
spaventa	-1.9
spaventano	-1.9
spaventi	-1.9
preoccupare	-1.6
preoccupo	-1.6
preoccupa	-1.6
preoccupano	-1.6
preoccupi	-1.6
arrabbiare	-2.1
arrabbio	-2.1
arrabbia	-2.1
arrabbiano	-2.1
arrabbi	-2.1
incazzare	-2.6
incazzo	-2.6
incazza	-2.6
incazzano	-2.6
incazzi	-2.6
lamentarsi	-1.6
vergognare	-2.2
vergogno	-2.2
vergognano	-2.2
vergogni	-2.2
bloccare	-1.4
blocco	-1.4
blocca	-1.4
bloccano	-1.4
blocchi	-1.4
ignorare	-1.5
ignoro	-1.5
ignora	-1.5
ignorano	-1.5
ignori	-1.5
abbandonare	-1.8
abbandono	-1.8
abbandona	-1.8
abbandonano	-1.8
abbandoni	-1.8
snobbare	-1.6
snobbo	-1.6
snobba	-1.6
snobbano	-1.6
snobbato	-1.6
snobbata	-1.6
snobbati	-1.6
snobbate	-1.6
snobbi	-1.6
sfruttare	-1.9
sfrutto	-1.9
sfrutta	-1.9
sfruttano	-1.9
sfrutti	-1.9
criticare	-1.2
critico	-1.2
critica	-1.2
criticano	-1.2
criticato	-1.2
criticata	-1.2
criticati	-1.2
criticate	-1.2
critichi	-1.2
accusare	-1.4
accuso	-1.4
accusano	-1.4
accusato	-1.4
accusata	-1.4
accusati	-1.4
accusate	-1.4
accusi	-1.4
condannare	-1.5
condanno	-1.5
condannano	-1.5
condannata	-1.5
condannate	-1.5
condanni	-1.5
licenziare	-1.7
licenzio	-1.7
licenzia	-1.7
licenziano	-1.7
licenziato	-1.7
licenziata	-1.7
licenziati	-1.7
licenziate	-1.7
licenzi	-1.7
tagliare	-0.6
taglio	-0.6
taglia	-0.6
tagliano	-0.6
tagliato	-0.6
tagliata	-0.6
tagliati	-0.6
tagliate	-0.6
crollare	-1.8
crollato	-1.8
crollata	-1.8
crollati	-1.8
crollate	-1.8
crolli	-1.8
affondare	-1.7
affondo	-1.7
affondato	-1.7
affondata	-1.7
affondati	-1.7
affondate	-1.7
affondi	-1.7
bocciare	-1.7
boccio	-1.7
boccia	-1.7
bocciano	-1.7
bocciato	-1.7
bocciata	-1.7
bocciati	-1.7
bocciate	-1.7
bocci	-1.7
pentire	-1.8
pentito	-1.8
pentita	-1.8
pentiti	-1.8
pentite	-1.8
sopportare	-1.3
sopporto	-1.3
sopporta	-1.3
sopportano	-1.3
sopportato	-1.3
sopportata	-1.3
sopportati	-1.3
sopportate	-1.3
sopporti	-1.3
sfottere	-1.5
boicottare	-1.9
boicotto	-1.9
boicotta	-1.9
boicottano	-1.9
boicottato	-1.9
boicottata	-1.9
boicottati	-1.9
boicottate	-1.9
boicotti	-1.9
odi	-2.7
odia	-2.8
odiamo	-2.9
odiano	-2.8
detesto	-2.9
non sopporto	-2.6
non ne posso più	-2.8
non se ne può più	-2.7
mi fa schifo	-3.3
fa schifo	-3.2
fanno schifo	-3.2
fai schifo	-3.2
fate schifo	-3.2
faceva schifo	-3.0
che schifo	-3.3
mi fa cagare	-3.0
fa cagare	-3.0
fa pena	-2.5
fai pena	-2.6
fate pena	-2.6
fanno pena	-2.5
che pena	-2.3
che vergogna	-2.9
che tristezza	-2.4
che palle	-2.4
che noia	-2.2
che rabbia	-2.4
che delusione	-2.7
che disastro	-2.8
che schifezza	-2.9
che orrore	-2.9
che peccato	-1.6
peccato	-1.3
che bello	2.6
che bella	2.6
che belli	2.6
che belle	2.6
che meraviglia	3.0
che spettacolo	2.9
che bravo	2.5
che brava	2.5
che bravi	2.5
che gioia	2.8
che figata	2.8
che fortuna	2.2
che carino	2.1
che carina	2.1
che emozione	2.2
che goduria	2.6
che ridere	1.8
che bontà	2.6
mi sono trovato bene	2.3
mi sono trovata bene	2.3
ci siamo trovati bene	2.3
mi sono trovato male	-2.3
mi sono trovata male	-2.3
ci siamo trovati male	-2.3
trovato bene	1.8
trovata bene	1.8
trovati bene	1.8
trovato male	-1.8
trovata male	-1.8
trovati male	-1.8
non funziona	-2.2
non funzionano	-2.2
non funzionava	-2.0
non funziona più	-2.4
ha smesso di funzionare	-2.5
smesso di funzionare	-2.5
non va	-1.2
non parte	-1.4
non si accende	-2.2
non si carica	-1.9
non carica	-1.6
non risponde	-1.7
non rispondono	-1.9
non mi hanno risposto	-2.0
nessuna risposta	-2.1
nessun riscontro	-1.8
ancora niente	-1.6
ancora nulla	-1.6
sto ancora aspettando	-2.2
sto aspettando	-1.2
ancora in attesa	-2.0
in attesa da	-1.6
aspetto da	-1.4
da settimane	-1.0
da mesi	-1.0
mai arrivato	-2.6
mai arrivata	-2.6
mai arrivati	-2.6
mai ricevuto	-2.5
mai ricevuta	-2.5
non è mai arrivato	-2.6
non è mai arrivata	-2.6
non ho ricevuto	-2.0
non è arrivato	-1.8
non è arrivata	-1.8
non arriva	-1.4
arrivato rotto	-2.6
arrivata rotta	-2.6
arrivato danneggiato	-2.6
pacco danneggiato	-2.4
pacco perso	-2.5
ordine annullato	-1.9
ordine cancellato	-1.9
spedizione in ritardo	-2.0
consegna in ritardo	-2.0
in ritardo	-1.5
rimborso	0.2
chiedo il rimborso	-1.9
voglio il rimborso	-2.1
voglio un rimborso	-2.1
rivoglio i miei soldi	-2.7
soldi buttati	-2.8
soldi sprecati	-2.8
soldi spesi bene	2.2
buttare soldi	-2.4
buttati via	-2.2
spreco di soldi	-2.8
spreco di tempo	-2.6
tempo perso	-2.2
perdita di tempo	-2.6
mai più	-2.3
mai piu	-2.3
mai più con voi	-3.0
non lo consiglio	-2.5
non la consiglio	-2.5
non li consiglio	-2.5
non le consiglio	-2.5
non consiglio	-2.4
non lo consiglierei	-2.5
sconsiglio	-2.5
sconsigliato	-2.5
sconsigliata	-2.5
sconsigliatissimo	-3.2
sconsiglio vivamente	-3.2
da evitare	-2.6
evitate	-1.8
evitare	-1.2
state alla larga	-3.0
alla larga	-2.3
non comprate	-2.4
non acquistate	-2.4
non compratelo	-2.5
non ci tornerò	-2.4
non ci torneremo	-2.4
non ci torno più	-2.6
non tornerò	-1.9
grazie mille	2.5
grazie infinite	2.7
grazie di cuore	2.7
grazie ancora	2.2
grazie davvero	2.4
grazie per la risposta	1.9
grazie per la rapidità	2.6
grazie per l'aiuto	2.3
risposta veloce	2.0
risposta rapida	2.0
risposta immediata	2.1
servizio clienti	0
assistenza clienti	0
assistenza impeccabile	3.0
assistenza pessima	-3.2
assistenza inesistente	-3.0
servizio pessimo	-3.2
servizio ottimo	3.0
servizio eccellente	3.1
consegna veloce	2.1
consegna rapida	2.1
spedizione veloce	2.1
spedizione rapida	2.1
arrivato in anticipo	2.0
arrivato in tempo	1.4
arrivato prima del previsto	2.2
come descritto	1.2
conforme alla descrizione	1.4
non conforme	-2.0
non corrisponde	-1.8
diverso dalla foto	-1.9
rapporto qualità prezzo	0.6
ottimo rapporto qualità prezzo	3.0
pessimo rapporto qualità prezzo	-3.0
prezzo onesto	1.8
troppo caro	-2.0
troppo costoso	-2.0
costa troppo	-1.8
caro e	-0.5
non vale	-1.8
non vale la pena	-2.2
non ne vale la pena	-2.3
non vale niente	-2.5
vale zero	-2.6
zero stelle	-3.0
una stella	-2.0
presi in giro	-2.6
preso in giro	-2.5
presa per il culo	-3.0
presi per il culo	-3.0
prendere per il culo	-2.8
per il culo	-2.5
del cazzo	-2.9
di merda	-3.1
di cacca	-2.5
a cazzo	-2.4
col cazzo	-2.4
un cazzo	-2.2
che cazzo	-2.3
cazzo	-1.5
cazzi	-1.4
cavolo	-0.6
cacchio	-0.8
caspita	0.6
accidenti	-1.3
mannaggia	-1.4
maledizione	-2.2
dannazione	-2.0
porca miseria	-2.0
porca puttana	-2.6
porco cane	-1.8
porca vacca	-1.6
vaffanculo	-3.3
vaffa	-2.8
fanculo	-3.2
affanculo	-3.2
vai al diavolo	-2.6
andate a cagare	-3.2
vai a cagare	-3.2
vai a quel paese	-2.6
andate a quel paese	-2.6
ma va	-0.6
ma vaffanculo	-3.5
che cazzo vuoi	-3.0
rompicoglioni	-2.8
rompiscatole	-2.1
rompipalle	-2.4
rompere le palle	-2.5
rompe le palle	-2.5
rompono le palle	-2.5
mi rompe	-1.6
mi rompi	-1.8
coglionata	-2.5
coglionate	-2.5
minchia	-1.2
minchiata	-2.4
minchiate	-2.4
cazzone	-2.5
cazzoni	-2.5
puttanate	-2.6
puttanata	-2.6
troia	-2.8
zoccola	-2.8
puttana	-2.6
bagascia	-2.6
pirla	-2.3
coglionazzo	-2.9
testa di cazzo	-3.2
faccia di merda	-3.3
pezzo di merda	-3.5
figlio di puttana	-3.5
# --- interjections, slang, laughter ---
haha	1.4
hahaha	1.6
hahahaha	1.7
ahah	1.4
ahahah	1.6
ahahahah	1.7
ahahahahah	1.7
ahaha	1.5
ahahha	1.5
ahahaha	1.6
ahhaha	1.5
ahahaah	1.5
hehe	1.1
eheh	1.1
eheheh	1.2
hihi	1.1
ihih	1.1
lol	1.4
lmao	1.6
rotfl	1.7
xd	1.4
xdd	1.5
asd	1.2
asdasd	1.3
muoio	1.0
sto morendo	1.0
mi sto pisciando addosso	1.8
mi piscio addosso	1.8
sto piangendo dal ridere	2.2
dal ridere	1.5
troppo forte	2.0
troppo bello	2.8
troppo bella	2.8
troppo belli	2.8
troppo brutto	-2.5
troppo brutta	-2.5
bravi	2.0
brava	2.0
bravissimi	2.9
bravissima	2.9
grandeee	2.2
grande uomo	2.4
grande persona	2.4
bellissimo	3.0
evviva	2.4
w	0.5
urrà	2.4
hurrà	2.4
yeah	1.6
yay	2.2
yuppi	2.4
yuppie	2.3
olè	1.8
daje	1.6
dajeee	1.9
forza	0.8
forzaaa	1.6
mah	-0.6
boh	-0.4
bah	-1.0
uff	-1.4
uffa	-1.5
uffaa	-1.7
ufff	-1.6
ahimè	-1.8
ahime	-1.8
ahia	-1.2
ahi	-0.8
oddio	-0.5
mamma mia	-0.6
ops	-0.5
sigh	-1.5
sob	-1.5
argh	-1.6
grrr	-1.8
grr	-1.6
bleah	-2.2
bleh	-1.8
puah	-2.0
vabbè	-0.4
vabbe	-0.4
bof	-0.7
meh	-0.8
wow	2.6
wooow	2.9
woow	2.8
oooh	1.0
evvai	2.4
vai così	2.0
così si fa	2.2
ben fatto	2.3
ben detto	2.0
ottimo lavoro	3.0
bel lavoro	2.6
buon lavoro	1.8
top	2.3
topp	2.4
toppissimo	3.0
stupenda	3.1
bellissima	3.0
bellissime	3.0
cuore	1.2
cuoricino	1.8
tvb	2.6
tvtb	2.8
ti voglio bene	2.7
vi voglio bene	2.7
ti amo	3.0
vi amo	3.0
un abbraccio	2.0
abbraccio	1.6
abbracci	1.7
baci	1.7
bacio	1.6
bacioni	2.0
bacione	2.0
un bacio	1.8
un bacione	2.0
kiss	1.5
love	2.3
ok	0.6
okay	0.6
okk	0.6
speriamo	0.9
speriamo bene	1.0
in bocca al lupo	1.8
crepi	0.6
buona fortuna	1.8
auguroni	2.5
augurissimi	2.6
complimentoni	2.8
bravo ragazzo	1.8
che sfiga	-2.3
che sfortuna	-2.2
che brutto	-2.5
che brutta	-2.5
che fatica	-1.6
che ansia	-2.0
che paura	-2.0
che stress	-2.0
che casino	-1.8
non vedo l'ora	2.2
non vediamo l'ora	2.2
non c'è male	1.4
non c'e male	1.4
niente male	1.6
mica male	1.7
non male	1.3
non è male	1.4
non è niente male	1.7
non è malaccio	1.3
malaccio	-1.2
non è un problema	1.0
senza problemi	1.3
senza intoppi	1.6
senza difetti	1.9
zero problemi	1.6
tutto ok	1.5
tutto bene	1.6
tutto perfetto	2.7
tutto a posto	1.4
va bene	0.8
andato bene	1.6
andata bene	1.6
andato tutto bene	2.0
è andata bene	1.6
va alla grande	2.6
alla grande	2.4
di qualità	1.6
di ottima qualità	3.0
di scarsa qualità	-2.4
di pessima qualità	-3.1
di bassa qualità	-2.2
bassa qualità	-2.2
alta qualità	2.0
ottima qualità	3.0
buona qualità	2.0
qualità scadente	-2.6
qualità pessima	-3.0
non ci siamo	-1.5
non ci sono parole	-0.8
senza parole	-1.0
da brividi	0.8
da paura	1.5
da urlo	2.3
da sogno	2.6
da favola	2.6
da dieci e lode	3.0
dieci e lode	3.0
da incubo	-2.6
da schifo	-3.1
da buttare	-2.8
da rifare	-1.8
da dimenticare	-2.3
da non perdere	2.4
da vedere	1.4
da provare	1.6
da non credere	-0.5
fuori di testa	0.3
al top	2.6
il top	2.6
il massimo	2.3
il migliore	2.6
la migliore	2.6
i migliori	2.6
le migliori	2.6
il peggiore	-2.8
la peggiore	-2.8
i peggiori	-2.8
le peggiori	-2.8
migliore	1.7
migliori	1.6
meglio	1.1
peggio	-1.6
peggiore	-2.3
peggiori	-2.2
peggioramento	-2.1
il peggio	-2.5
sempre peggio	-2.5
di male in peggio	-2.7
sempre meglio	2.3
sempre più bello	2.4
fa schifo al cazzo	-3.6
a pezzi	-1.9
in frantumi	-2.0
in pezzi	-1.6
andato in pezzi	-2.0
giù di morale	-2.0
giù di corda	-1.8
di cattivo umore	-1.9
di buon umore	1.9
di buonumore	1.9
buonumore	2.0
malumore	-1.9
cattivo umore	-1.9
buon umore	1.9
col cuore	1.6
nel cuore	1.6
a cuore aperto	1.2
toccare il cielo con un dito	3.0
al settimo cielo	3.0
sette cielo	2.4
in paradiso	2.0
mi hai fatto sorridere	2.5
mi ha fatto sorridere	2.3
mi hai reso felice	2.8
buttato via	-2.0
fuori servizio	-1.7
fuori uso	-1.9
non disponibile	-1.2
scarso servizio	-2.4
a malapena	-1.0
lascia a desiderare	-2.1
lascia molto a desiderare	-2.5
lasciano a desiderare	-2.1
lascia il tempo che trova	-1.6
fa acqua da tutte le parti	-2.6
fa acqua	-1.8
lasciare a desiderare	-2.0
tra capo e collo	-1.4
con i fiocchi	2.4
coi fiocchi	2.4
in gamba	2.1
una spanna sopra	2.2
coi controfiocchi	2.6
fatto a regola d'arte	2.7
a regola d'arte	2.4
come si deve	1.5
come nuovo	1.7
come nuova	1.7
un affare	1.9
un vero affare	2.3
un furto	-2.5
un ladrocinio	-2.8
ladrocinio	-2.8
un salasso	-2.4
salasso	-2.3
costa un occhio della testa	-2.0
un occhio della testa	-1.8
acqua passata	0.3
mi girano le palle	-2.6
girano le palle	-2.5
mi girano	-2.0
non mi va giù	-2.0
non capisco	-0.8
non ha senso	-1.8
non ha alcun senso	-2.2
senza senso	-1.9
non serve a niente	-2.4
non serve a nulla	-2.4
serve a poco	-1.5
non se ne parla	-1.3
non ci credo	-0.5
che figura di merda	-3.3
figura di merda	-3.1
figuraccia	-2.4
brutta figura	-2.2
bella figura	1.9
gran bella	2.5
gran bel	2.5
gran bella figura	2.4
un disastro	-2.9
un incubo	-2.7
un inferno	-2.7
inferno	-2.2
un sogno	2.4
una favola	2.4
una meraviglia	3.0
una delusione	-2.6
una vergogna	-2.9
una schifezza	-3.0
una fregatura	-2.9
una truffa	-3.0
una presa in giro	-2.7
una cagata	-3.0
una merda	-3.2
una boiata	-2.7
una chiavica	-2.8
chiavica	-2.6
a schifio	-2.6
un capolavoro	3.2
ne sono felice	2.6
sono felice	2.6
sono contento	2.3
sono contenta	2.3
molto contento	2.6
molto contenta	2.6
sono deluso	-2.5
sono delusa	-2.5
molto deluso	-2.9
molto delusa	-2.9
sono arrabbiato	-2.5
sono arrabbiata	-2.5
sono stufo	-2.2
sono stufa	-2.2
ne ho abbastanza	-2.2
ne ho le palle piene	-3.0
le palle piene	-2.8
piene le palle	-2.8
ho le palle piene	-3.0
ne ho piene le scatole	-2.6
piene le scatole	-2.4
mi sono rotto	-2.1
mi sono rotta	-2.1
ci ha lasciato	-1.9
ci ha lasciati	-1.9
riposa in pace	-1.5
rip	-1.5
condoglianze	-1.4
sentite condoglianze	-1.4
ci mancherai	-1.0
mi manchi	0.4
consiglio	0.3
fico	1.8
lentezza	-1.9
forza italia	0
italia viva	0
movimento 5 stelle	0
movimento cinque stelle	0
bel	2.0
bei	1.8
begli	1.8
buon	1.5
gran	0.8
bellezze	2.2
piango	-1.9
piange	-1.8
piangono	-1.8
piangere dal ridere	2.0
vinto	1.6
vince	1.6
vinciamo	1.8
perde	-1.1
perso	-1.4
persi	-1.4
rotta	-2.2
rotti	-2.2
rotte	-2.2
rompe	-1.6
si rompe	-2.0
si è rotto	-2.2
si è rotta	-2.2
muore	-2.0
muoiono	-2.0
uccide	-2.6
distrutta	-2.3
delude	-2.3
deluso	-2.3
delusa	-2.3
tradito	-2.4
mentito	-2.3
soffre	-2.0
soffro	-2.1
sofferto	-2.0
risolvere	1.3
risolti	1.6
divertito	1.9
divertita	1.9
divertiti	1.9
godo	1.8
goduto	1.8
sorride	1.8
sorrido	1.9
ridere	1.2
ride	1.2
rido	1.3
annoiare	-1.8
annoia	-1.8
annoiato	-1.6
annoiata	-1.6
annoiati	-1.6
mi annoio	-1.8
ci annoiamo	-1.8
cagato	-1.5
cagare	-1.5
buona scuola	0
la buona scuola	0
voto di fiducia	0
questione di fiducia	0
non mi caga	-1.6
non mi caga nessuno	-2.0
manco mi caga	-1.6
nessuno mi caga	-2.0
alla frutta	-2.0
siamo alla frutta	-2.4
in ginocchio	-1.6
mettere in ginocchio	-2.2
mette in ginocchio	-2.2
lacrime di coccodrillo	-2.0
stato di polizia	-2.2
mannaia	-1.9
sfacciato	-2.0
sfacciata	-2.0
sfacciati	-2.0
sfacciate	-2.0
sfacciatissimo	-2.6
sfacciatissima	-2.6
sfacciatissimi	-2.6
sfacciatissime	-2.6
tranquillizzare	1.3
tranquillizzo	1.3
tranquillizza	1.3
tranquillizzano	1.3
tranquillizzato	1.3
tranquillizzata	1.3
tranquillizzati	1.3
tranquillizzate	1.3
tranquillizzi	1.3
rassicurante	1.6
rassicuranti	1.6
rassicurantissimo	2.2
rassicurantissima	2.2
rassicurantissimi	2.2
rassicurantissime	2.2
rassicurare	1.2
rassicuro	1.2
rassicura	1.2
rassicurano	1.2
rassicurato	1.2
rassicurata	1.2
rassicurati	1.2
rassicurate	1.2
rassicuri	1.2
# --- more general vocabulary ---
sfascio	-2.4
camurria	-2.0
a ramengo	-2.0
toccare il fondo	-2.2
toccato il fondo	-2.3
tocca il fondo	-2.2
impazzire	-1.3
impazzito	-1.3
impazzita	-1.3
impazziti	-1.3
impazzite	-1.3
sto impazzendo	-1.6
sto male	-2.0
stai male	-1.2
sto bene	1.8
sto benissimo	2.8
sto meglio	1.6
sto peggio	-2.0
insofferente	-1.6
insofferenti	-1.6
insofferenza	-1.8
screditare	-1.8
scredito	-1.8
scredita	-1.8
screditano	-1.8
screditato	-1.8
screditata	-1.8
screditati	-1.8
screditate	-1.8
screditi	-1.8
farsa	-2.2
farse	-2.2
mani legate	-1.4
campo minato	-1.5
ma basta	-1.6
basta con	-1.8
ora basta	-1.9
adesso basta	-2.0
oscuro	-0.9
oscura	-0.9
oscuri	-0.9
oscure	-0.9
oscurissimo	-1.5
oscurissima	-1.5
oscurissimi	-1.5
oscurissime	-1.5
lato oscuro	-1.6
strano	-0.6
strana	-0.6
strani	-0.6
strane	-0.6
stranissimo	-1.2
stranissima	-1.2
stranissimi	-1.2
stranissime	-1.2
stranezza	-0.5
ridicolaggine	-2.3
menefreghismo	-2.2
menefreghista	-2.2
lassismo	-1.8
malgoverno	-2.4
malasanità	-2.6
malaffare	-2.6
malcontento	-1.9
malessere	-1.8
malinteso	-1.0
malafede	-2.3
mala fede	-2.3
in malafede	-2.4
maltrattamento	-2.6
maltrattamenti	-2.6
maltrattare	-2.5
maltratto	-2.5
maltratta	-2.5
maltrattano	-2.5
maltrattato	-2.5
maltrattata	-2.5
maltrattati	-2.5
maltrattate	-2.5
maltratti	-2.5
massacrare	-2.8
massacra	-2.8
massacrano	-2.8
massacrato	-2.8
massacrata	-2.8
massacrati	-2.8
massacrate	-2.8
massacri	-2.8
stuprare	-3.3
stupra	-3.3
stuprano	-3.3
stuprato	-3.3
stuprata	-3.3
stuprati	-3.3
stuprate	-3.3
stupro	-3.3
stupri	-3.3
sgozzare	-3.3
sgozzo	-3.3
sgozza	-3.3
sgozzano	-3.3
sgozzato	-3.3
sgozzata	-3.3
sgozzati	-3.3
sgozzate	-3.3
sgozzi	-3.3
bombardare	-2.4
bombardo	-2.4
bombarda	-2.4
bombardano	-2.4
bombardato	-2.4
bombardata	-2.4
bombardati	-2.4
bombardate	-2.4
bombardi	-2.4
bombardamento	-2.4
bombardamenti	-2.4
sparare	-1.8
sparo	-1.8
spara	-1.8
sparano	-1.8
sparato	-1.8
sparata	-1.8
sparati	-1.8
sparate	-1.8
spari	-1.8
sparatoria	-2.5
feriti	-1.9
ferita	-1.8
ferite	-1.8
morto ammazzato	-3.0
profughi	0
disperazione	-2.6
solitario	-0.8
solitaria	-0.8
solitari	-0.8
solitarie	-0.8
solitudine	-1.6
deprimere	-2.2
depressione	-2.3
angosciare	-2.3
angoscio	-2.3
angosciano	-2.3
angosci	-2.3
tormentare	-2.3
tormenta	-2.3
tormentano	-2.3
tormentato	-2.3
tormentata	-2.3
tormentati	-2.3
tormentate	-2.3
tormenti	-2.3
tormento	-2.3
incubi	-2.4
rovina	-2.2
rovine	-1.6
crepare	-2.2
crepo	-2.2
crepano	-2.2
crepato	-2.2
crepata	-2.2
crepati	-2.2
crepate	-2.2
crepa	-0.8
crepi il lupo	0.8
sbattere	-0.6
fottuto	-2.8
fottuta	-2.8
fottuti	-2.8
fottere	-2.4
me ne fotto	-2.0
chissenefrega	-1.6
chi se ne frega	-1.6
non me ne frega niente	-1.8
non me ne frega un cazzo	-2.4
sticazzi	-1.6
stikazzi	-1.6
mecojoni	-1.0
cazzarola	-1.2
porca troia	-2.3
porco dio	-2.8
porcodio	-2.8
diocane	-2.8
dio cane	-2.8
madonna santa	-1.0
oddio che schifo	-3.2
maremma maiala	-1.6
orco can	-1.5
mortacci	-2.4
li mortacci	-2.6
mortacci tua	-2.8
sti cazzi	-1.6
schifo totale	-3.3
pessimo servizio	-3.2
servizio scadente	-2.8
prodotto scadente	-2.8
prodotto difettoso	-2.6
articolo difettoso	-2.6
articolo danneggiato	-2.5
prodotto danneggiato	-2.5
non corrisponde alla descrizione	-2.4
non conforme alla descrizione	-2.4
totalmente diverso	-1.8
completamente diverso	-1.8
mai visto un servizio così	-2.0
servizio impeccabile	3.0
servizio perfetto	2.9
servizio veloce	2.2
personale gentile	2.3
personale cortese	2.2
personale scortese	-2.5
personale maleducato	-2.8
personale competente	2.2
personale incompetente	-2.8
staff gentile	2.3
staff cordiale	2.2
cibo ottimo	2.9
cibo buono	2.2
cibo pessimo	-3.0
si mangia bene	2.3
si mangia male	-2.3
si mangia benissimo	2.9
si sta bene	2.0
si sta benissimo	2.8
ambiente accogliente	2.2
ci tornerei	2.4
non ci tornerei	-2.4
non ci tornerei mai	-2.8
lo ricomprerei	2.4
non lo ricomprerei	-2.4
non lo ricomprerei mai	-2.8
lo rifarei	2.2
non lo rifarei	-2.0
rimborso negato	-2.6
rimborso mai arrivato	-2.8
nessun rimborso	-2.5
ancora nessun rimborso	-2.7
rimborsato subito	2.0
rimborso immediato	2.0
rimborso rapido	2.0
assistenza rapida	2.2
assistenza veloce	2.2
assistenza ottima	2.9
assistenza gentile	2.3
assistenza scadente	-2.7
assistenza zero	-3.0
servizio clienti pessimo	-3.2
servizio clienti inesistente	-3.0
servizio clienti ottimo	2.9
servizio clienti eccellente	3.0
nessuno risponde	-2.3
non risponde nessuno	-2.3
nessuno mi risponde	-2.4
call center	-0.3
numero verde	0
a pagamento	-0.6
addebito	-0.8
doppio addebito	-2.4
addebitato due volte	-2.4
addebiti non autorizzati	-2.6
addebitare	-0.6
addebita	-0.6
addebitano	-0.6
addebitato	-0.6
addebitata	-0.6
addebitati	-0.6
addebitate	-0.6
addebiti	-0.6
costi nascosti	-2.4
spese nascoste	-2.4
mi hanno addebitato	-1.6
mi hanno fregato	-2.8
ci hanno fregato	-2.8
vi hanno fregato	-2.6
mi hanno truffato	-3.1
ci hanno truffato	-3.1
mi hanno rubato	-2.8
hanno rubato	-2.6
siete dei ladri	-3.2
siete ridicoli	-2.8
siete pessimi	-3.2
siete i migliori	3.0
siete grandi	2.6
siete fantastici	3.0
siete bravissimi	3.0
siete una vergogna	-3.2
sei una vergogna	-3.0
sei il migliore	2.9
sei la migliore	2.9
sei grande	2.4
sei fantastico	3.0
sei fantastica	3.0
sei bellissima	3.0
sei bellissimo	3.0
sei un mito	2.7
sei una grande	2.4
sei un grande	2.4
sei un genio	2.5
sei un idiota	-3.0
sei uno stronzo	-3.2
sei una stronza	-3.2
sei ridicolo	-2.6
sei ridicola	-2.6
sei patetico	-2.8
sei patetica	-2.8
quanto sei bello	2.8
quanto sei bella	2.8
quanto sei scemo	-2.2
quanto ti odio	-3.0
quanto vi odio	-3.0
quanto ti amo	3.2
quanto vi amo	3.2
quanto mi piace	2.5
quanto è bello	2.8
quanto è bella	2.8
mi fa impazzire	1.8
mi fanno impazzire	1.8
da impazzire	1.8
mi fa ridere	1.5
mi fai ridere	1.5
mi fa piangere	-1.6
mi fa rabbia	-2.4
mi fa incazzare	-2.8
mi fa paura	-2.0
mi fa tristezza	-2.3
mi fa tenerezza	1.8
mi fa piacere	2.1
mi ha fatto piacere	2.2
fa piacere	1.8
con piacere	1.5
che piacere	2.4
è un piacere	2.3
un piacere	1.8
mi dispiace	-1.2
ci dispiace	-1.1
mi dispiace molto	-1.6
dispiace	-1.0
dispiaciuto	-1.4
dispiaciuta	-1.4
mi spiace	-1.2
spiace	-1.0
scusate	-0.4
scusa	-0.3
chiedo scusa	-0.6
ci scusiamo	-0.6
scusare	-0.3
scuso	-0.3
scusano	-0.3
scusato	-0.3
scusata	-0.3
scusati	-0.3
scusi	-0.3
spiacente	-0.8
spiacenti	-0.8
incavolatura	-2.0
incazzatura	-2.5
arrabbiatura	-2.0
inc*zzato	-2.8
c*zzo	-1.5
m*rda	-3.1
str*nzo	-3.2
cazz	-1.5
kazzo	-1.5
merd	-2.8
nn mi piace	-1.9
nn funziona	-2.2
troppo carino	2.5
troppo carina	2.5
che forte	2.2
grazieee	2.2
grazie grazie	2.2
grazie a tutti	2.0
grazie a voi	2.0
grazie a te	2.0
grazie di tutto	2.3
grazie per tutto	2.3
ringrazio	1.8
vi ringrazio	2.2
ti ringrazio	2.2
la ringrazio	2.0
ringraziamo	1.8
fantastica	3.1
pazzeschi	0
fenomenale	2.9
fenomenali	2.9
fenomeno	1.6
fenomeni	1.0
galattico	2.5
galattica	2.5
galattiche	2.5
strafigo	2.7
strafiga	2.7
strafighe	2.7
strafighissimo	3.3
strafighissima	3.3
strafighissimi	3.3
strafighissime	3.3
splendente	2.2
splendenti	2.2
sorprendente	1.8
sorprendenti	1.8
sbalorditivo	2.4
sbalorditiva	2.4
sbalorditivi	2.4
sbalorditive	2.4
esaltante	2.3
esaltanti	2.3
esaltantissimo	2.9
esaltantissima	2.9
esaltantissimi	2.9
esaltantissime	2.9
gratificante	2.1
gratificanti	2.1
gratificantissimo	2.7
gratificantissima	2.7
gratificantissimi	2.7
gratificantissime	2.7
appagante	2.0
appaganti	2.0
appagantissimo	2.6
appagantissima	2.6
appagantissimi	2.6
appagantissime	2.6
rinfrescante	1.5
rinfrescanti	1.5
rinfrescantissimo	2.1
rinfrescantissima	2.1
rinfrescantissimi	2.1
rinfrescantissime	2.1
rigenerante	1.8
rigeneranti	1.8
rigenerantissimo	2.4
rigenerantissima	2.4
rigenerantissimi	2.4
rigenerantissime	2.4
cordialissimo	2.6
cordialissima	2.6
cordialissimi	2.6
cordialissime	2.6
competentissimo	2.6
competentissima	2.6
competentissimi	2.6
competentissime	2.6
sfigata	-2.1
sfigate	-2.1
sfigatissimo	-2.7
sfigatissima	-2.7
sfigatissimi	-2.7
sfigatissime	-2.7
indignato	-2.3
indignata	-2.3
indignati	-2.3
indignate	-2.3
indignatissimo	-2.9
indignatissima	-2.9
indignatissimi	-2.9
indignatissime	-2.9
indignazione	-2.3
indignare	-2.2
indigno	-2.2
indigna	-2.2
indignano	-2.2
indigni	-2.2
sdegnato	-2.2
sdegnata	-2.2
sdegnati	-2.2
sdegnate	-2.2
sdegnatissimo	-2.8
sdegnatissima	-2.8
sdegnatissimi	-2.8
sdegnatissime	-2.8
sdegno	-2.2
amareggiato	-2.2
amareggiata	-2.2
amareggiati	-2.2
amareggiate	-2.2
amareggiatissimo	-2.8
amareggiatissima	-2.8
amareggiatissimi	-2.8
amareggiatissime	-2.8
amarezza	-2.1
avvilito	-2.1
avvilita	-2.1
avviliti	-2.1
avvilite	-2.1
avvilitissimo	-2.7
avvilitissima	-2.7
avvilitissimi	-2.7
avvilitissime	-2.7
abbattuto	-1.9
abbattuta	-1.9
abbattuti	-1.9
abbattute	-1.9
abbattutissimo	-2.5
abbattutissima	-2.5
abbattutissimi	-2.5
abbattutissime	-2.5
demoralizzato	-2.1
demoralizzata	-2.1
demoralizzati	-2.1
demoralizzate	-2.1
demoralizzatissimo	-2.7
demoralizzatissima	-2.7
demoralizzatissimi	-2.7
demoralizzatissime	-2.7
sconsolato	-2.0
sconsolata	-2.0
sconsolati	-2.0
sconsolate	-2.0
sconsolatissimo	-2.6
sconsolatissima	-2.6
sconsolatissimi	-2.6
sconsolatissime	-2.6
rassegnato	-1.3
rassegnata	-1.3
rassegnati	-1.3
rassegnate	-1.3
rassegnatissimo	-1.9
rassegnatissima	-1.9
rassegnatissimi	-1.9
rassegnatissime	-1.9
sfiduciato	-1.9
sfiduciata	-1.9
sfiduciati	-1.9
sfiduciate	-1.9
sfiduciatissimo	-2.5
sfiduciatissima	-2.5
sfiduciatissimi	-2.5
sfiduciatissime	-2.5
sfiducia	-1.9
scoraggiato	-1.9
scoraggiata	-1.9
scoraggiati	-1.9
scoraggiate	-1.9
scoraggiatissimo	-2.5
scoraggiatissima	-2.5
scoraggiatissimi	-2.5
scoraggiatissime	-2.5
scoraggiante	-2.0
scoraggianti	-2.0
scoraggiantissimo	-2.6
scoraggiantissima	-2.6
scoraggiantissimi	-2.6
scoraggiantissime	-2.6
avvilente	-2.3
avvilenti	-2.3
desolante	-2.4
desolanti	-2.4
desolantissimo	-3.0
desolantissima	-3.0
desolantissimi	-3.0
desolantissime	-3.0
sconfortante	-2.3
sconfortanti	-2.3
sconfortantissimo	-2.9
sconfortantissima	-2.9
sconfortantissimi	-2.9
sconfortantissime	-2.9
raccapricciante	-3.0
raccapriccianti	-3.0
raccapricciantissimo	-3.6
raccapricciantissima	-3.6
raccapricciantissimi	-3.6
raccapricciantissime	-3.6
agghiacciante	-2.9
agghiaccianti	-2.9
agghiacciantissimo	-3.5
agghiacciantissima	-3.5
agghiacciantissimi	-3.5
agghiacciantissime	-3.5
allucinante	-2.3
allucinanti	-2.3
allucinantissimo	-2.9
allucinantissima	-2.9
allucinantissimi	-2.9
allucinantissime	-2.9
becero	-2.5
becera	-2.5
beceri	-2.5
becere	-2.5
becerissimo	-3.1
becerissima	-3.1
becerissimi	-3.1
becerissime	-3.1
cafone	-2.2
cafoni	-2.2
cafonissimo	-2.8
cafonissima	-2.8
cafonissimi	-2.8
cafonissime	-2.8
cafonata	-2.2
cafonate	-2.2
tamarro	-1.6
tamarra	-1.6
tamarri	-1.6
tamarre	-1.6
tamarrissimo	-2.2
tamarrissima	-2.2
tamarrissimi	-2.2
tamarrissime	-2.2
trash	-1.2
cringi	-1.6
cringissimo	-2.2
cringissima	-2.2
cringissimi	-2.2
cringissime	-2.2
cringe	-1.6
viscido	-2.4
viscida	-2.4
viscidi	-2.4
viscide	-2.4
viscidissimo	-3.0
viscidissima	-3.0
viscidissimi	-3.0
viscidissime	-3.0
subdolo	-2.4
subdola	-2.4
subdoli	-2.4
subdole	-2.4
subdolissimo	-3.0
subdolissima	-3.0
subdolissimi	-3.0
subdolissime	-3.0
proibitivo	-1.9
proibitiva	-1.9
proibitivi	-1.9
proibitive	-1.9
esorbitante	-2.2
esorbitanti	-2.2
esorbitantissimo	-2.8
esorbitantissima	-2.8
esorbitantissimi	-2.8
esorbitantissime	-2.8
spropositato	-1.8
spropositata	-1.8
spropositati	-1.8
spropositate	-1.8
spropositatissimo	-2.4
spropositatissima	-2.4
spropositatissimi	-2.4
spropositatissime	-2.4
eccessivo	-1.3
eccessiva	-1.3
eccessivi	-1.3
eccessive	-1.3
esagerato	-1.0
esagerata	-1.0
malfunzionante	-2.4
malfunzionanti	-2.4
malfunzionantissimo	-3.0
malfunzionantissima	-3.0
malfunzionantissimi	-3.0
malfunzionantissime	-3.0
inefficiente	-2.2
inefficienti	-2.2
intasato	-1.6
intasata	-1.6
intasati	-1.6
intasate	-1.6
intasatissimo	-2.2
intasatissima	-2.2
intasatissimi	-2.2
intasatissime	-2.2
affollato	-0.9
affollata	-0.9
affollati	-0.9
affollate	-0.9
affollatissimo	-1.5
affollatissima	-1.5
affollatissimi	-1.5
affollatissime	-1.5
sovraffollato	-1.8
sovraffollata	-1.8
sovraffollati	-1.8
sovraffollate	-1.8
sovraffollatissimo	-2.4
sovraffollatissima	-2.4
sovraffollatissimi	-2.4
sovraffollatissime	-2.4
congestionato	-1.6
congestionata	-1.6
congestionati	-1.6
congestionate	-1.6
congestionatissimo	-2.2
congestionatissima	-2.2
congestionatissimi	-2.2
congestionatissime	-2.2
soppresso	-1.2
soppressa	-1.2
soppressi	-1.2
soppresse	-1.2
soppressissimo	-1.8
soppressissima	-1.8
soppressissimi	-1.8
soppressissime	-1.8
in ritardo di	-1.6
ritardo di	-1.2
ore di ritardo	-2.2
minuti di ritardo	-1.8
giorni di ritardo	-2.2
treno in ritardo	-2.0
volo cancellato	-2.2
volo in ritardo	-2.0
bagaglio perso	-2.5
bagaglio smarrito	-2.5
sciopero dei	-1.2
code	-0.8
in coda	-1.0
fare la fila	-1.0
ore di fila	-1.8
ore di attesa	-2.0
tempi di attesa	-1.4
tempi biblici	-2.2
biblico	-0.5
biblica	-0.5
bibliche	-0.5
attesa infinita	-2.4
attesa interminabile	-2.4
interminabile	-1.6
interminabili	-1.6
interminabilissimo	-2.2
interminabilissima	-2.2
interminabilissimi	-2.2
interminabilissime	-2.2
infinito	0.4
infinita	0.4
infiniti	0.4
infinite	0.4
infinitissimo	1.0
infinitissima	1.0
infinitissimi	1.0
infinitissime	1.0
non finisce più	-1.6
# --- breadth: more everyday vocabulary ---
carismatico	2.0
carismatica	2.0
carismatiche	2.0
autorevole	1.6
autorevoli	1.6
autorevolissimo	2.2
autorevolissima	2.2
autorevolissimi	2.2
autorevolissime	2.2
coerente	1.5
coerenti	1.5
lungimirante	2.0
lungimiranti	2.0
lungimirantissimo	2.6
lungimirantissima	2.6
lungimirantissimi	2.6
lungimirantissime	2.6
concreto	1.0
concreta	1.0
concreti	1.0
concrete	1.0
concretissimo	1.6
concretissima	1.6
concretissimi	1.6
concretissime	1.6
pragmatico	0.8
pragmatica	0.8
pragmatiche	0.8
equilibrato	1.4
equilibrata	1.4
equilibrati	1.4
equilibrate	1.4
equilibratissimo	2.0
equilibratissima	2.0
equilibratissimi	2.0
equilibratissime	2.0
ragionevole	1.2
ragionevoli	1.2
ragionevolissimo	1.8
ragionevolissima	1.8
ragionevolissimi	1.8
ragionevolissime	1.8
sensato	1.4
sensata	1.4
sensati	1.4
sensate	1.4
sensatissimo	2.0
sensatissima	2.0
sensatissimi	2.0
sensatissime	2.0
lucido	1.0
lucida	1.0
lucidi	1.0
lucide	1.0
lucidissimo	1.6
lucidissima	1.6
lucidissimi	1.6
lucidissime	1.6
illuminante	2.1
illuminanti	2.1
illuminantissimo	2.7
illuminantissima	2.7
illuminantissimi	2.7
illuminantissime	2.7
istruttivo	1.5
istruttiva	1.5
istruttivi	1.5
istruttive	1.5
educativo	1.2
educativa	1.2
educativi	1.2
educative	1.2
formativo	1.3
formativa	1.3
formativi	1.3
formative	1.3
costruttivo	1.6
costruttiva	1.6
costruttivi	1.6
costruttive	1.6
propositivo	1.4
propositiva	1.4
propositivi	1.4
propositive	1.4
produttivo	1.3
produttiva	1.3
produttivi	1.3
produttive	1.3
proficuo	1.7
proficua	1.7
proficui	1.7
proficue	1.7
proficuissimo	2.3
proficuissima	2.3
proficuissimi	2.3
proficuissime	2.3
fruttuoso	1.7
fruttuosa	1.7
fruttuosi	1.7
fruttuose	1.7
fruttuosissimo	2.3
fruttuosissima	2.3
fruttuosissimi	2.3
fruttuosissime	2.3
fecondo	1.3
feconda	1.3
fecondi	1.3
feconde	1.3
fecondissimo	1.9
fecondissima	1.9
fecondissimi	1.9
fecondissime	1.9
fiorente	1.8
fiorenti	1.8
florido	1.6
florida	1.6
floridi	1.6
floride	1.6
floridissimo	2.2
floridissima	2.2
floridissimi	2.2
floridissime	2.2
prospero	1.9
prospera	1.9
prosperi	1.9
prospere	1.9
prosperissimo	2.5
prosperissima	2.5
prosperissimi	2.5
prosperissime	2.5
benestante	0.8
benestanti	0.8
benestantissimo	1.4
benestantissima	1.4
benestantissimi	1.4
benestantissime	1.4
lussuoso	1.6
lussuosa	1.6
lussuosi	1.6
lussuose	1.6
lussuosissimo	2.2
lussuosissima	2.2
lussuosissimi	2.2
lussuosissime	2.2
sfarzoso	1.2
sfarzosa	1.2
sfarzosi	1.2
sfarzose	1.2
sfarzosissimo	1.8
sfarzosissima	1.8
sfarzosissimi	1.8
sfarzosissime	1.8
sontuoso	1.8
sontuosa	1.8
sontuosi	1.8
sontuose	1.8
sontuosissimo	2.4
sontuosissima	2.4
sontuosissimi	2.4
sontuosissime	2.4
maestoso	2.2
maestosa	2.2
maestosi	2.2
maestose	2.2
maestosissimo	2.8
maestosissima	2.8
maestosissimi	2.8
maestosissime	2.8
imponente	1.3
imponenti	1.3
suggestivo	2.1
suggestiva	2.1
suggestivi	2.1
suggestive	2.1
pittoresco	2.0
pittoresca	2.0
pittoresche	2.0
pittoreschissimo	2.6
pittoreschissima	2.6
pittoreschissimi	2.6
pittoreschissime	2.6
idilliaco	2.6
idilliaca	2.6
idilliache	2.6
idilliachissimo	3.2
idilliachissima	3.2
idilliachissimi	3.2
idilliachissime	3.2
fiabesco	2.4
fiabesca	2.4
fiabesche	2.4
fiabeschissimo	3.0
fiabeschissima	3.0
fiabeschissimi	3.0
fiabeschissime	3.0
distensivo	1.4
distensiva	1.4
distensivi	1.4
distensive	1.4
confortante	1.8
confortanti	1.8
confortantissimo	2.4
confortantissima	2.4
confortantissimi	2.4
confortantissime	2.4
consolante	1.4
consolanti	1.4
consolantissimo	2.0
consolantissima	2.0
consolantissimi	2.0
consolantissime	2.0
incoraggiante	2.0
incoraggianti	2.0
incoraggiantissimo	2.6
incoraggiantissima	2.6
incoraggiantissimi	2.6
incoraggiantissime	2.6
trascinante	2.1
trascinanti	2.1
trascinantissimo	2.7
trascinantissima	2.7
trascinantissimi	2.7
trascinantissime	2.7
travolgente	1.8
travolgenti	1.8
irresistibile	2.4
irresistibili	2.4
irresistibilissimo	3.0
irresistibilissima	3.0
irresistibilissimi	3.0
irresistibilissime	3.0
sexy	1.8
attraente	2.0
attraenti	2.0
seducente	1.9
seducenti	1.9
ammaliante	2.2
ammalianti	2.2
ammaliantissimo	2.8
ammaliantissima	2.8
ammaliantissimi	2.8
ammaliantissime	2.8
leggiadro	1.8
leggiadra	1.8
leggiadri	1.8
leggiadre	1.8
leggiadrissimo	2.4
leggiadrissima	2.4
leggiadrissimi	2.4
leggiadrissime	2.4
delicato	1.2
delicata	1.2
delicati	1.2
delicate	1.2
delicatissimo	1.8
delicatissima	1.8
delicatissimi	1.8
delicatissime	1.8
sofisticato	1.3
sofisticata	1.3
sofisticati	1.3
sofisticate	1.3
sofisticatissimo	1.9
sofisticatissima	1.9
sofisticatissimi	1.9
sofisticatissime	1.9
pregiato	1.8
pregiata	1.8
pregiati	1.8
pregiate	1.8
pregiatissimo	2.4
pregiatissima	2.4
pregiatissimi	2.4
pregiatissime	2.4
prelibato	2.5
prelibata	2.5
prelibati	2.5
prelibate	2.5
prelibatissimo	3.1
prelibatissima	3.1
prelibatissimi	3.1
prelibatissime	3.1
succulento	2.2
succulenta	2.2
succulenti	2.2
succulente	2.2
succulentissimo	2.8
succulentissima	2.8
succulentissimi	2.8
succulentissime	2.8
fragrante	1.8
fragranti	1.8
fragrantissimo	2.4
fragrantissima	2.4
fragrantissimi	2.4
fragrantissime	2.4
croccante	1.2
croccanti	1.2
croccantissimo	1.8
croccantissima	1.8
croccantissimi	1.8
croccantissime	1.8
cremoso	1.2
cremosa	1.2
cremosi	1.2
cremose	1.2
cremosissimo	1.8
cremosissima	1.8
cremosissimi	1.8
cremosissime	1.8
goloso	1.8
golosa	1.8
golosi	1.8
golose	1.8
golosissimo	2.4
golosissima	2.4
golosissimi	2.4
golosissime	2.4
appetitoso	2.0
appetitosa	2.0
appetitosi	2.0
appetitose	2.0
appetitosissimo	2.6
appetitosissima	2.6
appetitosissimi	2.6
appetitosissime	2.6
invitante	1.8
invitanti	1.8
invitantissimo	2.4
invitantissima	2.4
invitantissimi	2.4
invitantissime	2.4
sostanzioso	1.3
sostanziosa	1.3
sostanziosi	1.3
sostanziose	1.3
sostanziosissimo	1.9
sostanziosissima	1.9
sostanziosissimi	1.9
sostanziosissime	1.9
nutriente	1.0
nutrienti	1.0
digeribile	0.8
digeribili	0.8
digeribilissimo	1.4
digeribilissima	1.4
digeribilissimi	1.4
digeribilissime	1.4
indigesto	-1.7
indigesta	-1.7
indigesti	-1.7
indigeste	-1.7
indigestissimo	-2.3
indigestissima	-2.3
indigestissimi	-2.3
indigestissime	-2.3
unto	-1.4
unta	-1.4
unti	-1.4
unte	-1.4
bisunto	-2.0
bisunta	-2.0
bisunti	-2.0
bisunte	-2.0
bisuntissimo	-2.6
bisuntissima	-2.6
bisuntissimi	-2.6
bisuntissime	-2.6
stantio	-2.2
stantia	-2.2
stanti	-2.2
stantie	-2.2
stantissimo	-2.8
stantissima	-2.8
stantissimi	-2.8
stantissime	-2.8
rancido	-2.5
rancida	-2.5
rancidi	-2.5
rancide	-2.5
rancidissimo	-3.1
rancidissima	-3.1
rancidissimi	-3.1
rancidissime	-3.1
ammuffito	-2.4
ammuffita	-2.4
ammuffiti	-2.4
ammuffite	-2.4
ammuffitissimo	-3.0
ammuffitissima	-3.0
ammuffitissimi	-3.0
ammuffitissime	-3.0
acido	-0.8
acida	-0.8
acidi	-0.8
acide	-0.8
acidissimo	-1.4
acidissima	-1.4
acidissimi	-1.4
acidissime	-1.4
amaro	-0.6
amara	-0.6
amari	-0.6
amarissimo	-1.2
amarissima	-1.2
amarissimi	-1.2
amarissime	-1.2
insipido	-1.7
insipida	-1.7
insipidi	-1.7
insipide	-1.7
insipidissimo	-2.3
insipidissima	-2.3
insipidissimi	-2.3
insipidissime	-2.3
sciapo	-1.6
sciapa	-1.6
sciapi	-1.6
sciape	-1.6
sciapissimo	-2.2
sciapissima	-2.2
sciapissimi	-2.2
sciapissime	-2.2
scotto	-1.6
scotta	-1.6
scotti	-1.6
scotte	-1.6
scottissimo	-2.2
scottissima	-2.2
scottissimi	-2.2
scottissime	-2.2
gommoso	-1.4
gommosa	-1.4
gommosi	-1.4
gommose	-1.4
gommosissimo	-2.0
gommosissima	-2.0
gommosissimi	-2.0
gommosissime	-2.0
stopposo	-1.6
stopposa	-1.6
stopposi	-1.6
stoppose	-1.6
stopposissimo	-2.2
stopposissima	-2.2
stopposissimi	-2.2
stopposissime	-2.2
trasandato	-1.8
trasandata	-1.8
trasandati	-1.8
trasandate	-1.8
trasandatissimo	-2.4
trasandatissima	-2.4
trasandatissimi	-2.4
trasandatissime	-2.4
fatiscente	-2.4
fatiscenti	-2.4
decadente	-1.6
decadenti	-1.6
degradato	-2.2
degradata	-2.2
degradati	-2.2
degradate	-2.2
degradatissimo	-2.8
degradatissima	-2.8
degradatissimi	-2.8
degradatissime	-2.8
malandato	-1.9
malandata	-1.9
malandati	-1.9
malandate	-1.9
malandatissimo	-2.5
malandatissima	-2.5
malandatissimi	-2.5
malandatissime	-2.5
malconcio	-2.0
malconcia	-2.0
malconci	-2.0
malconcie	-2.0
malconcissimo	-2.6
malconcissima	-2.6
malconcissimi	-2.6
malconcissime	-2.6
sgangherato	-1.9
sgangherata	-1.9
sgangherati	-1.9
sgangherate	-1.9
sgangheratissimo	-2.5
sgangheratissima	-2.5
sgangheratissimi	-2.5
sgangheratissime	-2.5
traballante	-1.5
traballanti	-1.5
traballantissimo	-2.1
traballantissima	-2.1
traballantissimi	-2.1
traballantissime	-2.1
cheap	-1.0
kitsch	-1.6
dozzinale	-2.1
dozzinali	-2.1
grossolano	-1.8
grossolana	-1.8
grossolani	-1.8
grossolane	-1.8
grossolanissimo	-2.4
grossolanissima	-2.4
grossolanissimi	-2.4
grossolanissime	-2.4
rozzo	-1.9
rozza	-1.9
rozzi	-1.9
rozze	-1.9
rozzissimo	-2.5
rozzissima	-2.5
rozzissimi	-2.5
rozzissime	-2.5
sgraziato	-1.7
sgraziata	-1.7
sgraziati	-1.7
sgraziate	-1.7
sgraziatissimo	-2.3
sgraziatissima	-2.3
sgraziatissimi	-2.3
sgraziatissime	-2.3
goffo	-1.3
goffa	-1.3
goffi	-1.3
goffe	-1.3
goffissimo	-1.9
goffissima	-1.9
goffissimi	-1.9
goffissime	-1.9
maldestro	-1.6
maldestra	-1.6
maldestri	-1.6
maldestre	-1.6
maldestrissimo	-2.2
maldestrissima	-2.2
maldestrissimi	-2.2
maldestrissime	-2.2
imbranato	-1.8
imbranata	-1.8
imbranati	-1.8
imbranate	-1.8
imbranatissimo	-2.4
imbranatissima	-2.4
imbranatissimi	-2.4
imbranatissime	-2.4
dilettante	-1.8
dilettanti	-1.8
dilettantissimo	-2.4
dilettantissima	-2.4
dilettantissimi	-2.4
dilettantissime	-2.4
dilettanti allo sbaraglio	-2.6
dilettantismo	-2.2
pressappochismo	-2.3
pressappochista	-2.2
sbrigativo	-1.2
sbrigativa	-1.2
sbrigativi	-1.2
sbrigative	-1.2
frettoloso	-1.3
frettolosa	-1.3
frettolosi	-1.3
frettolose	-1.3
frettolosissimo	-1.9
frettolosissima	-1.9
frettolosissimi	-1.9
frettolosissime	-1.9
distratto	-1.0
distratta	-1.0
distratti	-1.0
distratte	-1.0
distrattissimo	-1.6
distrattissima	-1.6
distrattissimi	-1.6
distrattissime	-1.6
disattento	-1.4
disattenta	-1.4
disattenti	-1.4
disattente	-1.4
disattentissimo	-2.0
disattentissima	-2.0
disattentissimi	-2.0
disattentissime	-2.0
smemorato	-0.8
smemorata	-0.8
smemorati	-0.8
smemorate	-0.8
smemoratissimo	-1.4
smemoratissima	-1.4
smemoratissimi	-1.4
smemoratissime	-1.4
lunatico	-1.2
lunatica	-1.2
lunatiche	-1.2
capriccioso	-1.3
capricciosa	-1.3
capricciosi	-1.3
capricciose	-1.3
capricciosissimo	-1.9
capricciosissima	-1.9
capricciosissimi	-1.9
capricciosissime	-1.9
testardo	-1.0
testarda	-1.0
testardi	-1.0
testarde	-1.0
testardissimo	-1.6
testardissima	-1.6
testardissimi	-1.6
testardissime	-1.6
cocciuto	-1.1
cocciuta	-1.1
cocciuti	-1.1
cocciute	-1.1
cocciutissimo	-1.7
cocciutissima	-1.7
cocciutissimi	-1.7
cocciutissime	-1.7
ostinato	-0.8
ostinata	-0.8
ostinati	-0.8
ostinate	-0.8
ostinatissimo	-1.4
ostinatissima	-1.4
ostinatissimi	-1.4
ostinatissime	-1.4
rigido	-0.8
rigida	-0.8
rigidi	-0.8
rigide	-0.8
rigidissimo	-1.4
rigidissima	-1.4
rigidissimi	-1.4
rigidissime	-1.4
severo	-0.6
severa	-0.6
severi	-0.6
severe	-0.6
severissimo	-1.2
severissima	-1.2
severissimi	-1.2
severissime	-1.2
sadico	-2.6
sadica	-2.6
sadiche	-2.6
perfido	-2.7
perfida	-2.7
perfidi	-2.7
perfide	-2.7
perfidissimo	-3.3
perfidissima	-3.3
perfidissimi	-3.3
perfidissime	-3.3
maligno	-2.4
maligna	-2.4
maligni	-2.4
maligne	-2.4
malignissimo	-3.0
malignissima	-3.0
malignissimi	-3.0
malignissime	-3.0
malevolo	-2.3
malevola	-2.3
malevoli	-2.3
malevole	-2.3
malevolissimo	-2.9
malevolissima	-2.9
malevolissimi	-2.9
malevolissime	-2.9
rancoroso	-2.0
rancorosa	-2.0
rancorosi	-2.0
rancorose	-2.0
rancorosissimo	-2.6
rancorosissima	-2.6
rancorosissimi	-2.6
rancorosissime	-2.6
vendicativo	-2.0
vendicativa	-2.0
vendicativi	-2.0
vendicative	-2.0
astioso	-2.1
astiosa	-2.1
astiosi	-2.1
astiose	-2.1
astiosissimo	-2.7
astiosissima	-2.7
astiosissimi	-2.7
astiosissime	-2.7
livoroso	-2.2
livorosa	-2.2
livorosi	-2.2
livorose	-2.2
livorosissimo	-2.8
livorosissima	-2.8
livorosissimi	-2.8
livorosissime	-2.8
livore	-2.2
rabbioso	-2.3
rabbiosa	-2.3
rabbiosi	-2.3
rabbiose	-2.3
rabbiosissimo	-2.9
rabbiosissima	-2.9
rabbiosissimi	-2.9
rabbiosissime	-2.9
iroso	-2.0
irosa	-2.0
irosi	-2.0
irose	-2.0
irosissimo	-2.6
irosissima	-2.6
irosissimi	-2.6
irosissime	-2.6
collerico	-1.8
collerica	-1.8
colleriche	-1.8
polemico	-1.3
litigioso	-1.7
litigiosa	-1.7
litigiosi	-1.7
litigiose	-1.7
litigiosissimo	-2.3
litigiosissima	-2.3
litigiosissimi	-2.3
litigiosissime	-2.3
rissoso	-1.9
rissosa	-1.9
rissosi	-1.9
rissose	-1.9
rissosissimo	-2.5
rissosissima	-2.5
rissosissimi	-2.5
rissosissime	-2.5
provocatorio	-1.6
provocatoria	-1.6
provocatori	-1.6
provocatorie	-1.6
provocatorissimo	-2.2
provocatorissima	-2.2
provocatorissimi	-2.2
provocatorissime	-2.2
sprezzante	-2.1
sprezzanti	-2.1
sprezzantissimo	-2.7
sprezzantissima	-2.7
sprezzantissimi	-2.7
sprezzantissime	-2.7
supponente	-2.0
supponenti	-2.0
saccente	-1.8
saccenti	-1.8
altezzoso	-2.0
altezzosa	-2.0
altezzosi	-2.0
altezzose	-2.0
altezzosissimo	-2.6
altezzosissima	-2.6
altezzosissimi	-2.6
altezzosissime	-2.6
borioso	-2.0
boriosa	-2.0
boriosi	-2.0
boriose	-2.0
boriosissimo	-2.6
boriosissima	-2.6
boriosissimi	-2.6
boriosissime	-2.6
pomposo	-1.4
pomposa	-1.4
pomposi	-1.4
pompose	-1.4
pomposissimo	-2.0
pomposissima	-2.0
pomposissimi	-2.0
pomposissime	-2.0
vanitoso	-1.5
vanitosa	-1.5
vanitosi	-1.5
vanitose	-1.5
vanitosissimo	-2.1
vanitosissima	-2.1
vanitosissimi	-2.1
vanitosissime	-2.1
narcisista	-1.9
egocentrico	-1.8
egocentrica	-1.8
egocentriche	-1.8
opportunista	-2.0
voltagabbana	-2.2
trasformista	-1.6
# the insult "venduto" (sellout) only in expressions: alone the participle is far more often "sold";
# "vendutissimo" is "best-selling"
un venduto	-2.0
una venduta	-2.0
dei venduti	-2.0
siete dei venduti	-2.5
sono dei venduti	-2.5
tutti venduti	-2.0
giornalista venduto	-2.3
giornalisti venduti	-2.3
politici venduti	-2.3
vendutissimo	1.2
vendutissima	1.2
vendutissimi	1.2
vendutissime	1.2
servile	-2.1
servili	-2.1
servilissimo	-2.7
servilissima	-2.7
servilissimi	-2.7
servilissime	-2.7
leccacula	-2.8
leccaculi	-2.8
leccacule	-2.8
leccaculissimo	-3.4
leccaculissima	-3.4
leccaculissimi	-3.4
leccaculissime	-3.4
leccaculo	-2.8
lecchino	-2.2
lecchini	-2.2
ruffiano	-1.9
ruffiana	-1.9
ruffiani	-1.9
ruffiane	-1.9
ruffianissimo	-2.5
ruffianissima	-2.5
ruffianissimi	-2.5
ruffianissime	-2.5
mafiosa	-2.8
mafiose	-2.8
mafiosissimo	-3.4
mafiosissima	-3.4
mafiosissimi	-3.4
mafiosissime	-3.4
camorrista	-2.9
clientelare	-2.0
clientelari	-2.0
clientelismo	-2.2
nepotismo	-2.3
raccomandati	-1.6
raccomandazioni	-1.2
truccato	-2.3
truccata	-2.3
truccati	-2.3
truccate	-2.3
truccatissimo	-2.9
truccatissima	-2.9
truccatissimi	-2.9
truccatissime	-2.9
brogli	-2.6
broglio	-2.6
illegale	-2.1
illegali	-2.1
abusivo	-1.9
abusiva	-1.9
abusivi	-1.9
abusive	-1.9
evasore	-2.2
evasione	-1.6
evasori	-2.3
moroso	-1.5
morosa	-1.5
morosi	-1.5
morose	-1.5
morosissimo	-2.1
morosissima	-2.1
morosissimi	-2.1
morosissime	-2.1
insolvente	-1.8
insolventi	-1.8
bancarotta	-2.5
spiantato	-1.8
spiantata	-1.8
spiantati	-1.8
spiantate	-1.8
spiantatissimo	-2.4
spiantatissima	-2.4
spiantatissimi	-2.4
spiantatissime	-2.4
squattrinato	-1.4
squattrinata	-1.4
squattrinati	-1.4
squattrinate	-1.4
squattrinatissimo	-2.0
squattrinatissima	-2.0
squattrinatissimi	-2.0
squattrinatissime	-2.0
affamato	-1.5
affamata	-1.5
affamati	-1.5
affamate	-1.5
affamatissimo	-2.1
affamatissima	-2.1
affamatissimi	-2.1
affamatissime	-2.1
assetato	-0.8
assetata	-0.8
assetati	-0.8
assetate	-0.8
assetatissimo	-1.4
assetatissima	-1.4
assetatissimi	-1.4
assetatissime	-1.4
infreddolito	-1.0
infreddolita	-1.0
infreddoliti	-1.0
infreddolite	-1.0
infreddolitissimo	-1.6
infreddolitissima	-1.6
infreddolitissimi	-1.6
infreddolitissime	-1.6
assonnato	-0.8
assonnata	-0.8
assonnati	-0.8
assonnate	-0.8
assonnatissimo	-1.4
assonnatissima	-1.4
assonnatissimi	-1.4
assonnatissime	-1.4
insonne	-1.0
insonni	-1.0
insonnissimo	-1.6
insonnissima	-1.6
insonnissimi	-1.6
insonnissime	-1.6
insonnia	-1.5
mal di testa	-1.6
mal di pancia	-1.5
mal di denti	-1.6
dolore atroce	-3.0
dolorante	-1.8
doloranti	-1.8
dolorantissimo	-2.4
dolorantissima	-2.4
dolorantissimi	-2.4
dolorantissime	-2.4
dolente	-1.6
dolenti	-1.6
sofferente	-2.1
sofferenti	-2.1
agonizzante	-2.6
agonizzanti	-2.6
agonizzantissimo	-3.2
agonizzantissima	-3.2
agonizzantissimi	-3.2
agonizzantissime	-3.2
moribondo	-2.3
moribonda	-2.3
moribondi	-2.3
moribonde	-2.3
moribondissimo	-2.9
moribondissima	-2.9
moribondissimi	-2.9
moribondissime	-2.9
defunto	-1.2
defunta	-1.2
defunti	-1.2
defunte	-1.2
defuntissimo	-1.8
defuntissima	-1.8
defuntissimi	-1.8
defuntissime	-1.8
scomparso	-1.2
scomparsa	-1.2
scomparsi	-1.2
scomparse	-1.2
scomparsissimo	-1.8
scomparsissima	-1.8
scomparsissimi	-1.8
scomparsissime	-1.8
compianto	-0.8
compianta	-0.8
compianti	-0.8
compiante	-0.8
compiantissimo	-1.4
compiantissima	-1.4
compiantissimi	-1.4
compiantissime	-1.4
lutto cittadino	-1.8
orfano	-1.6
orfana	-1.6
orfani	-1.6
orfane	-1.6
orfanissimo	-2.2
orfanissima	-2.2
orfanissimi	-2.2
orfanissime	-2.2
vedovo	-1.3
vedova	-1.3
vedovi	-1.3
vedove	-1.3
vedovissimo	-1.9
vedovissima	-1.9
vedovissimi	-1.9
vedovissime	-1.9
funerale	-1.8
funerali	-1.8
tragedia immane	-3.2
immane tragedia	-3.2
immane	-1.2
immani	-1.2
immanissimo	-1.8
immanissima	-1.8
immanissimi	-1.8
immanissime	-1.8
terremoto	-2.0
alluvione	-2.2
frana	-1.6
incendio	-1.9
esplosione	-1.8
crollo	-2.0
naufragio	-2.5
epidemia	-2.0
pandemia	-1.8
contagio	-1.4
contagi	-1.4
contagiato	-1.6
contagiata	-1.6
contagiati	-1.6
contagiate	-1.6
contagiatissimo	-2.2
contagiatissima	-2.2
contagiatissimi	-2.2
contagiatissime	-2.2
ricoverato	-1.4
ricoverata	-1.4
terapia intensiva	-2.0
intubato	-2.1
intubata	-2.1
intubati	-2.1
intubate	-2.1
intubatissimo	-2.7
intubatissima	-2.7
intubatissimi	-2.7
intubatissime	-2.7
condizioni gravi	-2.2
in gravi condizioni	-2.3
critiche	-1.2
# social / reactions
mi piace un sacco	2.6
un sacco bello	2.4
bello bello	2.6
bella bella	2.6
bellissima giornata	2.8
bella giornata	2.2
bella serata	2.2
bella gente	2.0
bella storia	2.2
bella notizia	2.4
bellissima notizia	3.0
ottima notizia	2.9
buona notizia	2.2
buone notizie	2.2
brutta notizia	-2.4
brutte notizie	-2.4
pessima notizia	-2.9
notizia terribile	-3.0
bella domanda	1.0
bella cosa	2.0
bella roba	1.6
bella li	1.6
bella lì	1.6
bella zio	1.6
bella fra	1.6
bellaaa	2.0
bellooo	2.2
mitici	2.6
miticooo	2.8
troppo forti	2.2
fortissimi	2.4
fighi	2.0
fighissimi	2.8
spacca	1.6
spaccano	1.6
spaccato	0.3
spettacolari	2.9
sei stupenda	3.1
sei stupendo	3.1
ti adoro	3.0
vi adoro	3.0
la adoro	2.9
lo adoro	2.9
li adoro	2.9
le adoro	2.9
adorabili	2.8
cucciolo	1.6
cucciola	1.6
cucciolo mio	2.2
amore mio	2.4
tesoro mio	2.2
vita mia	1.8
cuore mio	1.9
bimba mia	1.6
piccola mia	1.6
orgoglio italiano	2.0
orgoglioso di te	2.6
orgogliosa di te	2.6
orgogliosi di voi	2.6
fiero di te	2.6
fiera di te	2.6
fieri di voi	2.6
felice per te	2.4
felice per voi	2.4
sono fiero	2.3
sono fiera	2.3
sono orgoglioso	2.3
sono orgogliosa	2.3
sono soddisfatto	2.3
sono soddisfatta	2.3
molto soddisfatto	2.7
molto soddisfatta	2.7
pienamente soddisfatto	2.8
pienamente soddisfatta	2.8
non sono soddisfatto	-2.2
non sono soddisfatta	-2.2
sono rimasto deluso	-2.7
sono rimasta delusa	-2.7
rimasto deluso	-2.6
rimasta delusa	-2.6
rimasti delusi	-2.6
rimasto soddisfatto	2.3
rimasta soddisfatta	2.3
rimasto colpito	1.6
rimasta colpita	1.6
piacevolmente colpito	2.5
piacevolmente colpita	2.5
piacevolmente sorpreso	2.6
piacevolmente sorpresa	2.6
spiacevolmente sorpreso	-2.3
sorpresa negativa	-2.2
sorpresa positiva	2.2
bella sorpresa	2.4
brutta sorpresa	-2.4
brutta esperienza	-2.6
pessima esperienza	-3.1
esperienza negativa	-2.4
esperienza positiva	2.3
ottima esperienza	3.0
bella esperienza	2.5
esperienza fantastica	3.1
esperienza da dimenticare	-2.8
esperienza indimenticabile	2.9
ne è valsa la pena	2.3
mai una gioia	-2.0
mai na gioia	-2.0
sempre la solita storia	-1.8
la solita storia	-1.6
il solito	-0.6
i soliti	-0.8
soliti noti	-1.0
la solita	-0.6
le solite	-0.6
solita minestra	-1.6
come al solito	-0.6
ci mancava solo	-1.8
ci mancava pure	-1.8
ci mancava anche questa	-2.0
ci mancherebbe	-0.2
ma dai	0.2
ma che dici	-1.2
ma che cavolo	-2.0
ma che cazzo	-2.6
ma stai scherzando	-1.5
ma scherziamo	-1.6
stai scherzando	-1.2
ma per favore	-1.4
ma per piacere	-1.4
ma va là	-1.0
figuriamoci	-1.0
ma figuriamoci	-1.2
dovreste vergognarvi	-3.0
dovresti vergognarti	-3.0
abbiate vergogna	-3.0
non avete vergogna	-3.0
non hai vergogna	-2.9
senza vergogna	-2.7
senza pudore	-2.5
senza dignità	-2.6
senza scrupoli	-2.5
senza cuore	-2.3
senza speranza	-2.4
senza vie d'uscita	-2.2
senza futuro	-2.2
senza pietà	-2.2
senza fine	-0.6
senza eguali	2.6
senza rivali	2.4
pieno di errori	-2.2
piena di errori	-2.2
pieno di difetti	-2.4
pieno di problemi	-2.3
un sacco di problemi	-2.2
un mare di guai	-2.4
nei guai	-2.0
in difficoltà	-1.6
in crisi	-1.8
in panne	-1.8
in tilt	-1.8
andare in tilt	-1.8
va in crash	-2.0
crasha	-2.0
si blocca	-2.0
si bloccano	-2.0
si impalla	-2.2
impallato	-2.0
bug	-1.5
bugs	-1.5
buggato	-2.0
lagga	-1.8
lag	-1.4
non si apre	-1.8
non si connette	-1.9
non si collega	-1.9
non carica nulla	-2.2
schermo nero	-2.2
schermata blu	-2.2
batteria che dura poco	-2.2
dura poco	-1.6
dura pochissimo	-2.2
si scarica subito	-2.2
si scarica	-1.2
si surriscalda	-2.0
scalda troppo	-1.8
fa rumore	-1.6
rumoroso	-1.4
fa un rumore	-1.6
dura tanto	1.6
dura tantissimo	2.2
batteria che dura	1.6
regge bene	1.6
tiene bene	1.6
silenziosissimo	2.0
leggerissimo	1.6
velocissima	2.1
comodissima	2.2
facilissimo	1.8
facile da usare	1.8
semplice da usare	1.7
intuitivo da usare	1.8
difficile da usare	-1.8
complicato da usare	-1.8
facile da montare	1.6
difficile da montare	-1.6
ben costruito	2.0
ben curato	2.0
ben tenuto	1.8
ben organizzato	2.2
ben organizzata	2.2
organizzazione perfetta	2.8
organizzazione pessima	-3.0
mal organizzato	-2.4
mal organizzata	-2.4
mal gestito	-2.4
mal gestita	-2.4
malgestito	-2.4
mal fatto	-2.2
malfatto	-2.2
mal ridotto	-2.0
malridotto	-2.0
mal tenuto	-2.0
maltenuto	-2.0
mal pagato	-1.6
malpagati	-1.6
mal di vivere	-2.0
malvolentieri	-1.4
malamente	-2.0
mal servito	-2.2
maleodorante	-2.3
malsano	-1.8
malsana	-1.8
malsani	-1.8
un po caro	-1.0
prezzo caro	-1.2
prezzi cari	-1.2
è caro	-0.8
costa caro	-1.0
caro amico	1.0
cara amica	1.0
cari amici	1.0
caro prezzo	-1.2
a caro prezzo	-1.4
carissimo	-0.6
carissimi	0.8
pacchianata	-2.0
pacchianate	-2.0
in salute	1.4
buona salute	1.6
in buona salute	1.8
sano e salvo	1.6
sana e salva	1.6
sani e salvi	1.6
tenero	1.8
tenera	1.8
teneri	1.8
tenerissimo	2.4
tenerissima	2.4
motivato	1.2
motivata	1.2
motivati	1.2
premiato	1.6
premiata	1.6
premiati	1.6
gradito	1.4
gradita	1.4
graditi	1.4
graditissimo	2.2
graditissima	2.2
mentono	-2.4
mentite	-2.2
ha mentito	-2.6
hanno mentito	-2.6
è colpa	-1.6
colpa tua	-1.8
colpa vostra	-1.8
colpa loro	-1.6
colpa sua	-1.6
per colpa di	-1.6
sensi di colpa	-1.6
senso di colpa	-1.6
un eroe	2.0
eroe nazionale	2.0
sei un eroe	2.4
veri eroi	2.2
i nostri eroi	2.0
una noia	-2.2
noia mortale	-2.6
la noia	-1.8
di noia	-1.6
è una bomba	2.2
sei una bomba	2.4
viva l'italia	1.6
evviva l'italia	1.8
va al diavolo	-2.6
vada al diavolo	-2.6
positivo al covid	-1.8
positiva al covid	-1.8
positivi al covid	-1.8
positivo al coronavirus	-1.8
positivo al virus	-1.8
positivo al tampone	-1.6
tampone positivo	-1.6
risultato positivo al	-1.6
è risultato positivo	-1.6
è risultata positiva	-1.6
sono risultati positivi	-1.6
nuovi positivi	-1.4
casi positivi	-1.4
che mi consigliate	0
cosa mi consigliate	0
cosa consigliate	0
mi consigliate	0
# --- more social and political vocabulary ---
voglio morire	-1.5
mi manca	0.3
nostalgia	-0.5
governo ladro	-2.8
sacrifici	-1.0
lacrime e sangue	-2.4
macelleria sociale	-2.6
spread	-0.6
default	-1.6
baratro	-2.4
sull'orlo del baratro	-2.8
precipizio	-2.0
salvare l'italia	1.4
equità	1.4
sobrietà	1.2
credibilità	1.4
privilegi	-1.4
privilegiati	-1.6
auto blu	-1.2
vitalizi	-1.6
vitalizio	-1.4
ruberie	-2.7
mazzette	-2.6
mazzetta	-2.6
tangentopoli	-2.4
malavita	-2.6
criminalità	-2.3
delinquenza	-2.3
abusivismo	-2.0
invasione	-1.8
accoglienza	1.0
integrazione	0.6
svolta	0.8
bella svolta	1.8
passo avanti	1.6
un passo avanti	1.6
passo indietro	-1.4
un passo indietro	-1.4
marcia indietro	-1.0
fare marcia indietro	-1.2
dietrofront	-1.2
flop	-2.2
fiasco	-2.4
boom	0.8
record negativo	-2.2
record positivo	2.0
nuovo record	1.4
ai minimi	-1.4
ai massimi	0.6
crollano	-1.8
crolla	-1.8
affonda	-1.7
affondano	-1.7
sprofonda	-2.0
precipita	-1.8
decolla	1.2
riparte	1.2
ripartenza	1.2
rinascita	2.0
riscatto	1.6
dietro le sbarre	-1.4
in manette	-1.8
arrestato	-1.5
arrestati	-1.5
condannato	-1.6
condannati	-1.6
indagato	-1.3
indagati	-1.3
assolto	1.0
assolti	1.0
prosciolto	1.0
scarcerato	-0.4
evaso	-1.2
latitante	-1.6
ricercato	-0.8
ucciso	-2.6
uccisa	-2.6
uccisi	-2.6
ammazzato	-2.6
ammazzata	-2.6
femminicidio	-3.2
omicidi	-3.0
suicidio	-2.6
suicida	-2.4
violentata	-3.2
picchiato	-2.4
picchiata	-2.4
pestato	-2.4
pestaggio	-2.6
aggredito	-2.4
aggredita	-2.4
rapinato	-2.4
derubato	-2.4
truffato	-2.8
truffata	-2.8
truffati	-2.8
minacciato	-2.0
minacciata	-2.0
insultato	-2.0
insultata	-2.0
bullismo	-2.5
bullo	-2.2
bulli	-2.2
cyberbullismo	-2.5
molestato	-2.6
molestata	-2.6
stalker	-2.5
stalking	-2.5
razzisti	-2.6
omofobia	-2.5
omofobo	-2.4
sessismo	-2.3
sessista	-2.3
maschilista	-2.0
misogino	-2.3
fascisti	-2.0
nazisti	-2.6
nazismo	-2.8
dittatori	-2.4
tiranno	-2.4
tirannia	-2.4
schiavi	-2.0
sfruttatori	-2.4
padroni	-0.8
sottomessi	-1.6
servi	-1.8
servo	-1.8
zerbino	-2.0
burattino	-1.8
burattini	-1.8
marionetta	-1.8
marionette	-1.8
pagliacciate	-2.4
sceneggiata	-1.8
teatrino	-1.8
circo	-1.4
baraccone	-1.8
carrozzone	-1.6
ammucchiata	-1.6
accozzaglia	-2.0
marmaglia	-2.3
feccia	-3.0
gentaglia	-2.6
canaglia	-2.4
canaglie	-2.4
farabutto	-2.6
farabutti	-2.6
mascalzone	-2.2
mascalzoni	-2.2
furfante	-2.2
furfanti	-2.2
manigoldo	-2.3
assassino	-3.0
assassini	-3.0
assassina	-3.0
mostro	-2.4
mostri	-2.4
bravi tutti	2.2
grandi tutti	2.2
complimenti a tutti	2.5
grazie di esistere	2.8
orgoglio nazionale	2.0
fierezza	1.8
eccellenza italiana	2.4
made in italy	0.8
patrimonio	0.6
bellezze italiane	2.4
meraviglie italiane	2.6
che orgoglio	2.6
che onore	2.4
onorato	1.8
onorata	1.8
onorati	1.8
emozionatissimo	2.6
emozionatissima	2.6
brividi	0.8
pelle d'oca	1.2
mi vengono i brividi	1.0
mi commuove	1.6
mi commuovo	1.6
commozione	1.4
lacrime di gioia	2.6
piangere di gioia	2.6
piango di gioia	2.6
salti di gioia	2.8
fare i salti di gioia	2.8
felice come una pasqua	3.0
contento come una pasqua	3.0
a bocca aperta	1.4
senza fiato	1.4
mi ha lasciato senza fiato	2.4
da togliere il fiato	2.6
mozzafiato	2.7
spettacolo mozzafiato	3.0
vista mozzafiato	2.8
panorama mozzafiato	2.8
da leccarsi i baffi	2.8
da leccarsi le dita	2.8
squisitezza	2.6
delizia	2.6
delizie	2.5
prelibatezza	2.6
prelibatezze	2.6
buonissima	2.9
gustosissima	2.8
che buono	2.6
che buona	2.6
che buoni	2.6
che buone	2.6
immangiabili	-2.9
imbevibile	-2.8
disgustosa	-3.1
crudo	-0.5
stracotto	-1.6
bruciacchiato	-1.5
freddo e	-0.4
servizio lento	-2.2
personale lento	-2.0
camera sporca	-2.6
bagno sporco	-2.6
lenzuola sporche	-2.6
pulizia scarsa	-2.3
pulizia impeccabile	2.8
pulitissimo	2.0
pulitissima	2.0
ottima posizione	2.3
posizione strategica	1.8
rapporto qualità-prezzo	0.6
qualità-prezzo ottimo	2.8
prezzi onesti	1.8
prezzi alti	-1.4
prezzi altissimi	-2.2
prezzi folli	-2.4
prezzi assurdi	-2.4
prezzi esagerati	-2.2
prezzi modici	1.6
prezzi bassi	1.2
prezzo basso	1.2
prezzo alto	-1.4
prezzo ottimo	2.4
ottimo prezzo	2.4
prezzo imbattibile	2.6
prezzo competitivo	1.6
costa poco	1.4
costa pochissimo	1.8
non ho avuto nessuna risposta	-2.4
non ho ricevuto nessuna risposta	-2.5
non ho ricevuto alcuna risposta	-2.5
non ho avuto alcuna risposta	-2.4
non c'è nessuna risposta	-2.2
non ho ricevuto nessun rimborso	-2.7
non ho avuto nessun rimborso	-2.6
non mi risponde nessuno	-2.4
non risponde mai nessuno	-2.5
non ho avuto nessun problema	1.8
non ho avuto problemi	1.6
non c'è nessun problema	1.2
non c'è problema	1.0
non ci sono problemi	1.2
non ho nessun dubbio	0.6
non c'è dubbio	0.6
grz	1.5
grz mille	2.3
bellix	2.0
ke schifo	-3.2
ke bello	2.6
ke bella	2.6
ke palle	-2.4
ke noia	-2.2
ke figata	2.8
k schifo	-3.2
ke vergogna	-2.9
ke tristezza	-2.4
cazzooo	-1.5
nn ce la faccio più	-2.0
non ce la faccio più	-2.2
non ce la faccio	-1.2
tt bene	1.6
tutto ok!	1.5
ottimoo	3.0
perfettoo	2.9
# --- adverbs ---
bene	1.6
benissimo	2.8
male	-1.9
malissimo	-2.9
malino	-1.2
maluccio	-1.1
benone	2.3
meravigliosamente	2.9
splendidamente	2.9
perfettamente	2.3
ottimamente	2.7
egregiamente	2.5
magnificamente	2.8
pessimamente	-3.0
orribilmente	-2.8
terribilmente	-1.2
purtroppo	-1.4
sfortunatamente	-1.6
fortunatamente	1.4
per fortuna	1.4
finalmente	1.2
volentieri	1.3
gentilmente	1.1
felicemente	2.0
tristemente	-1.7
inutilmente	-1.8
vergognosamente	-2.6
gratis	0.9
gratuito	0.8
gratuita	0.8
# --- politics / society words with clear tone (social media) ---
ladrocini	-2.8
inciucio	-2.2
inciuci	-2.2
casta	-1.5
poltrona	-0.8
poltrone	-0.9
poltronari	-2.0
magna magna	-2.3
magnamagna	-2.3
mangiatoia	-2.1
schifosi	-3.2
sanguisughe	-2.6
parassita	-2.4
parassiti	-2.4
traditore	-2.6
traditori	-2.6
tradimento	-2.4
buffonate	-2.3
vaneggiamenti	-1.9
sproloquio	-1.9
propaganda	-1.3
demagogia	-1.8
populista	-1.2
dittatura	-2.4
dittatore	-2.4
regime	-1.4
censura	-1.8
spreca	-1.8
austerity	-1.1
macelleria	-2.0
stangata	-2.2
batosta	-2.2
mazzata	-2.2
rincaro	-1.6
rincari	-1.6
aumenti	-0.6
tagli	-1.0
esodati	-1.5
precari	-1.3
licenziamenti	-2.0
licenziamento	-1.9
dimissioni	-0.6
dimettiti	-1.8
dimettetevi	-2.0
a casa	-0.4
tutti a casa	-1.9
vai a casa	-1.5
bufala	-2.1
bufale	-2.1
fake	-1.8
fakenews	-2.0
complotto	-1.2
bravata	-1.2
crescita	0.9
ripresa	1.0
rilancio	1.2
speranzoso	1.4
fiducioso	1.6
fiduciosa	1.6
fiduciosi	1.6
applausi	2.2
applauso	2.1
standing ovation	2.8
chapeau	2.6
onore a	2.2
onore al merito	2.4
grazie presidente	1.5
bene così	1.9
bravo presidente	2.0
incompetenza	-2.5
incapacità	-2.2
inefficienza	-2.3
lentezze	-1.8
burocrazia	-1.5
scempio	-2.7
sciagura	-2.6
sciagurato	-2.6
sciagurati	-2.6
sventura	-2.1
poveraccio	-1.5
poveracci	-1.5
poverino	-1.3
poverina	-1.3
poveretto	-1.4
accettabile	0.7
discreto	0.9
discreta	0.9
discreti	0.9
decente	0.6
decenti	0.6
indecenti	-2.7
sufficiente	0.2
passabile	0.1
così così	-0.6
cosi cosi	-0.6
nella media	0.0
niente di che	-1.0
niente di speciale	-0.9
nulla di che	-1.0
nulla di speciale	-0.9
senza infamia e senza lode	-0.3
dimenticabile	-1.1
banale	-1.3
banali	-1.3
prevedibile	-1.0
ripetitivo	-1.2
monotono	-1.4
piatto	-0.8
sottotono	-1.0
# --- multi-word constructions with negators ---
non è un granché	-1.6
non è granché	-1.6
non granché	-1.5
un granché	0.5
non è il massimo	-1.5
non è il top	-1.3
non è affatto male	1.8
non è per niente male	1.8
per niente male	1.7
affatto male	1.5
non c'è paragone	1.2
non mi è piaciuto	-2.0
non mi è piaciuta	-2.0
non mi piace	-1.9
non mi piacciono	-1.9
non mi dispiace	1.2
non mi dispiacerebbe	1.0
non mi delude	1.8
non delude	1.9
non ha deluso	1.9
non mi ha deluso	2.0
non vi deluderà	2.0
non delude mai	2.4
non sbaglia mai	2.2
non ha prezzo	2.2
non ha eguali	2.6
non ho parole	-1.0
non ne vale	-1.8
non potevo chiedere di meglio	2.8
non potrei essere più felice	3.0
di meglio	0.8
non mi lamento	1.3
non mi posso lamentare	1.5
non posso lamentarmi	1.5
non c'è di che	0.6
figurati	0.4
senza dubbio	0.7
valeva la pena	2.0
non valeva la pena	-2.1
ho fatto bene	1.7
ho sbagliato	-1.3
mai visto niente di simile	1.0
mai vista una cosa simile	-0.5
non ci posso credere	-0.6
non ti preoccupare	0.6
non preoccuparti	0.6

# --- prefix entries: word families and open-ended forms (exact entries win first) ---
ahah*	1.5
haha*	1.5
ahha*	1.4
hehe*	1.1
hihi*	1.1
asdasd*	1.3
ewww*	-1.8
eww	-1.6
schif*	-2.6
vergogn*	-2.4
merd*	-2.8
cazzat*	-2.4
stronz*	-3.0
incazz*	-2.6
vaffancul*	-3.2
fancul*	-3.0
delusion*	-2.4
deludent*	-2.4
disastros*	-2.8
pessim*	-3.0
orribil*	-3.0
orrend*	-3.0
truffator*	-3.0
imbroglion*	-2.7
fregatur*	-2.7
meraviglios*	3.1
stupend*	3.0
fantastic*	3.0
bravissim*	2.9
magnific*	3.0
eccezional*	3.0
strepitos*	3.1
spettacolar*	2.9
favolos*	3.1
splendid*	3.0
adorabil*	2.8
ringrazi*	1.8
complimentissim*	2.9
congratulazion*	2.6
gnocco	1.8
gnocca	1.8
gnocchissimo	2.4
lodi	1.5
congrats	2.2
congratulations	2.4
non potrei chiedere di più	2.6
non potrei chiedere di meglio	2.7
avanti tutta	1.6
dignità	1.4
serietà	1.6
con i controcazzi	2.4
coi controcazzi	2.4
sa il fatto suo	1.8
sanno il fatto loro	1.8
uniti	0.6
insieme si vince	2.0
forza ragazzi	1.8
forza azzurri	1.8
# --- coverage batch (2nd session): everyday feelings, colloquial and misspelled forms, public-life words,
# --- mild evaluative words; written from knowledge of the language, one valence per family
della noia	-1.5
skifo	-2.5
che skifo	-2.8
skifezza	-2.5
beffa	-1.6
una beffa	-1.8
chiacchiere	-0.8
solo chiacchiere	-1.5
basta chiacchiere	-1.2
incongruenza	-0.8
incongruenze	-0.8
concretezza	0.6
niente concretezza	-1.2
pazza di gioia	2.8
pazzo di gioia	2.8
pazzadigioia	2.8
ostacolo	-0.5
ostacoli	-0.5
abbassare la testa	-0.8
a testa alta	1.4
toccherà il fondo	-1.8
colpo di stato	-2.2
vera rivoluzione	1.4
rivoluzione	0.3
concorde	0.8
concordi	0.8
fondamentale	0.8
fondamentali	0.8
importante	0.4
importanti	0.4
prudente	0.3
prudenti	0.3
prudenza	0.2
troppa prudenza	-0.8
volta buona	1.0
lavoltabuona	1.0
nuovissimo	0.6
nuovissima	0.6
nuovissimi	0.6
nuovissime	0.6
sobrio	0.3
sobria	0.3
sobrii	0.3
sobrie	0.3
famoso	0.6
famosa	0.6
famosi	0.6
famose	0.6
sapientemente	1.2
sapiente	1.2
sapienti	1.2
in anticipo	0.5
vero	0.3
vera	0.3
veri	0.3
vere	0.3
dissonante	-0.4
dissonanti	-0.4
occupato	-0.3
occupata	-0.3
occupati	-0.3
occupate	-0.3
non mi riconosco	-1.2
meno male	1.2
felicita	2.4
stanci	-1.2
stance	-1.2
preoccupazione	-1.3
austerità	-0.8
austerita	-0.8
poverta	-1.6
precarii	-0.8
fantastici	2.8
fantastice	2.8
simpatici	1.6
simpatice	1.6
grande!	1.2
palle	-0.6
# --- coverage batch (3rd session), part 1: feelings, quality, news, health, weather and service words missing so far
# --- (written by hand from knowledge of the language, no list consulted; every family checked against a
# --- spelling word list for stem collisions, colliding families dropped; all forms written out)
sollievo	1.3
perplesso	-0.7
perplessa	-0.7
perplessi	-0.7
perplesse	-0.7
dubito	-0.5
scettico	-0.6
scettica	-0.6
scettici	-0.6
scettiche	-0.6
timore	-1.0
timori	-1.0
insoddisfazione	-1.8
buffo	1.0
buffa	1.0
buffi	1.0
buffe	1.0
frustrazione	-1.6
inefficace	-1.5
inefficaci	-1.5
vincitrice	1.3
record	0.6
campionessa	1.0
medaglia	1.0
medaglie	1.0
traguardo	1.2
recessione	-1.3
attacco	-1.0
attacchi	-1.0
scontri	-1.5
blindata	-0.6
blindato	-0.6
bomba carta	-2.0
prevaricazione	-2.0
prevaricazioni	-2.0
raffreddore	-1.0
tosse	-1.0
guarito	1.8
guarita	1.8
guariti	1.8
guarite	1.8
guarigione	1.5
in forma	1.5
afa	-1.5
afoso	-1.5
afosa	-1.5
afosi	-1.5
afose	-1.5
diluvio	-1.2
grandine	-1.2
maltempo	-1.5
aggiustato	1.2
aggiustata	1.2
aggiustati	1.2
aggiustate	1.2
gufi	-0.8
gufo	-0.8
contestare	-0.8
contestano	-0.8
contestato	-0.8
contestazione	-0.8
contestazioni	-0.8
urlare	-1.0
urla	-1.0
costringere	-1.0
costretto	-1.0
costretti	-1.0
vietare	-0.6
vietato	-0.6
divieto	-0.6
negare	-0.8
negato	-0.8
rifiutare	-1.0
rifiutato	-1.0
erodere	-1.0
erosa	-1.0
eroso	-1.0
erosione	-1.0
ispirare	1.2
ispirazione	1.2
svantaggio	-1.0
svantaggi	-1.0
beneficio	1.0
difficoltà	-1.0
presunzione	-1.8
egoismo	-1.8
generosità	2.0
saggezza	1.2
umiltà	1.0
lealtà	1.5
magia	2.0
tensione	-1.0
tensioni	-1.0
decesso	-1.8
paralisi	-1.5
malore	-1.5
infortunio	-1.5
robaccia	-2.2
# --- coverage batch (3rd session), part 2: less frequent judgement and feeling adjectives, all forms
sfavorevole	-1.0
sfavorevoli	-1.0
improduttivo	-1.0
improduttiva	-1.0
improduttivi	-1.0
improduttive	-1.0
inestimabile	2.0
inestimabili	2.0
pregevole	1.8
pregevoli	1.8
encomiabile	2.0
encomiabili	2.0
notevole	1.2
notevoli	1.2
portentoso	2.2
portentosa	2.2
portentosi	2.2
portentose	2.2
raffazzonato	-1.8
raffazzonata	-1.8
raffazzonati	-1.8
raffazzonate	-1.8
disorganizzato	-1.6
disorganizzata	-1.6
disorganizzati	-1.6
disorganizzate	-1.6
impreciso	-1.0
imprecisa	-1.0
imprecisi	-1.0
imprecise	-1.0
accurato	1.2
accurata	1.2
accurati	1.2
accurate	1.2
inaccurato	-1.2
inaccurata	-1.2
inaccurati	-1.2
inaccurate	-1.2
scrupoloso	1.3
scrupolosa	1.3
scrupolosi	1.3
scrupolose	1.3
diligente	1.2
diligenti	1.2
duraturo	1.0
duratura	1.0
duraturi	1.0
durature	1.0
all'avanguardia	1.5
farraginoso	-1.5
farraginosa	-1.5
farraginosi	-1.5
farraginose	-1.5
cervellotico	-1.5
cervellotica	-1.5
cervellotici	-1.5
cervellotiche	-1.5
contorto	-1.0
contorta	-1.0
contorti	-1.0
contorte	-1.0
limpido	1.0
limpida	1.0
limpidi	1.0
limpide	1.0
torbido	-1.2
torbida	-1.2
torbidi	-1.2
torbide	-1.2
opaco	-0.8
opaca	-0.8
opachi	-0.8
opache	-0.8
illecito	-1.8
illecita	-1.8
illeciti	-1.8
illecite	-1.8
irregolare	-0.8
irregolari	-0.8
illegittimo	-1.5
illegittima	-1.5
illegittimi	-1.5
illegittime	-1.5
incostituzionale	-1.5
incostituzionali	-1.5
straziante	-2.5
strazianti	-2.5
cupo	-1.2
cupa	-1.2
cupi	-1.2
cupe	-1.2
tetro	-1.5
tetra	-1.5
tetri	-1.5
tetre	-1.5
lugubre	-1.5
lugubri	-1.5
mortificante	-2.0
mortificanti	-2.0
estenuante	-1.6
estenuanti	-1.6
snervante	-1.8
snervanti	-1.8
seccante	-1.5
seccanti	-1.5
autentico	1.2
autentica	1.2
autentici	1.2
autentiche	1.2
monotona	-1.2
monotoni	-1.2
monotone	-1.2
inconcludente	-1.5
inconcludenti	-1.5
inconsistente	-1.3
inconsistenti	-1.3
irragionevole	-1.3
irragionevoli	-1.3
illogico	-1.3
illogica	-1.3
illogici	-1.3
illogiche	-1.3
scellerato	-2.5
scellerata	-2.5
scellerati	-2.5
scellerate	-2.5
sconsiderato	-1.8
sconsiderata	-1.8
sconsiderati	-1.8
sconsiderate	-1.8
inattendibile	-1.5
inattendibili	-1.5
inesperto	-1.0
inesperta	-1.0
inesperti	-1.0
inesperte	-1.0
puntiglioso	-0.5
puntigliosa	-0.5
puntigliosi	-0.5
puntigliose	-0.5
pignolo	-0.5
pignola	-0.5
pignoli	-0.5
pignole	-0.5
irascibile	-1.2
irascibili	-1.2
fannullone	-1.8
fannulloni	-1.8
volenteroso	1.3
volenterosa	1.3
volenterosi	1.3
volenterose	1.3
instancabile	1.5
instancabili	1.5
tenace	1.3
tenaci	1.3
demotivato	-1.5
demotivata	-1.5
demotivati	-1.5
demotivate	-1.5
rammaricato	-1.3
rammaricata	-1.3
rammaricati	-1.3
rammaricate	-1.3
emarginato	-1.6
emarginata	-1.6
emarginati	-1.6
emarginate	-1.6
riposato	0.8
riposata	0.8
riposati	0.8
riposate	0.8
galvanizzato	1.8
galvanizzata	1.8
galvanizzati	1.8
galvanizzate	1.8
euforico	2.0
euforica	2.0
euforici	2.0
euforiche	2.0
estasiato	2.5
estasiata	2.5
estasiati	2.5
estasiate	2.5
sbalordito	1.0
sbalordita	1.0
sbalorditi	1.0
sbalordite	1.0
allibito	-1.2
allibita	-1.2
allibiti	-1.2
allibite	-1.2
sgomento	-1.8
sgomenta	-1.8
sgomenti	-1.8
sgomente	-1.8
attonito	-0.8
attonita	-0.8
attoniti	-0.8
attonite	-0.8
diffidente	-1.0
diffidenti	-1.0
insicuro	-1.0
insicura	-1.0
insicuri	-1.0
insicure	-1.0
vulnerabile	-1.0
vulnerabili	-1.0
indifeso	-1.2
indifesa	-1.2
indifesi	-1.2
indifese	-1.2
impotente	-1.5
impotenti	-1.5
sopraffatto	-1.5
sopraffatta	-1.5
sopraffatti	-1.5
sopraffatte	-1.5
oppresso	-1.8
oppressa	-1.8
oppressi	-1.8
oppresse	-1.8
soffocato	-1.5
soffocata	-1.5
soffocati	-1.5
soffocate	-1.5
intrappolato	-1.5
intrappolata	-1.5
intrappolati	-1.5
intrappolate	-1.5
rinato	2.0
rinata	2.0
rinati	2.0
rinate	2.0
rinfrancato	1.5
rinfrancata	1.5
rinfrancati	1.5
rinfrancate	1.5
# --- coverage batch (3rd session), part 3: decline and crisis, crime and courts, service faults, colloquial verbs and interjections
invadere	-1.0
invade	-1.0
invadono	-1.0
invadendo	-1.0
invaso	-1.0
incertezza	-1.0
incertezze	-1.0
in bilico	-1.0
precarietà	-1.2
stagnazione	-1.2
disfatta	-2.0
arrancare	-1.0
arranca	-1.0
boccheggiare	-1.2
boccheggia	-1.2
soccombere	-1.5
eccellere	2.0
eccelle	2.0
spiccare	0.8
sorprendere	0.8
sorprende	0.8
godiamoci	1.5
godetevi	1.5
sterminare	-3.0
sterminio	-3.0
torturare	-3.0
tortura	-3.0
estorcere	-2.2
estorsione	-2.2
sequestrare	-1.2
sequestro	-1.2
rapire	-2.2
rapimento	-2.2
perseguitare	-2.2
persecuzione	-2.2
intimidire	-2.0
intimidazione	-2.0
intimidazioni	-2.0
corrompere	-2.2
riciclaggio	-1.8
sperpero	-2.0
sperperare	-2.0
malversazione	-2.0
inchiesta	-0.5
imputato	-0.6
imputati	-0.6
sfratto	-1.5
pignoramento	-1.5
deficit	-0.8
sacrificio	-0.8
costo della vita	-0.8
carovita	-1.5
disguido	-1.3
disguidi	-1.3
intoppo	-1.2
intoppi	-1.2
interruzione	-1.0
interruzioni	-1.0
celere	1.2
celeri	1.2
santo cielo	-0.8
sclerare	-1.6
sclero	-1.6
sclerato	-1.6
rosicare	-1.3
rosica	-1.3
rosicone	-1.3
rosiconi	-1.3
schiattare	-1.2
ansiogeno	-1.5
che sonno	-0.8
che freddo	-0.8
che caldo	-0.8
# --- coverage batch (3rd session), part 4: public-life criticism (mala- compounds, extremism, incompetence), masked vulgar forms, idioms of deceit and price
malapolitica	-2.0
malagestione	-2.0
malamovida	-1.5
malcostume	-1.8
maltolto	-1.5
caxxo	-1.5
caxxi	-1.0
caxxata	-2.0
caxxate	-2.0
parolacce	-0.8
parolaccia	-0.8
neofascista	-2.0
neofascisti	-2.0
fascismo	-2.0
squadrista	-2.2
squadristi	-2.2
xenofobo	-2.2
xenofoba	-2.2
xenofobi	-2.2
xenofobia	-2.2
antisemitismo	-2.5
antisemita	-2.5
pantomima	-1.3
poltronissima	-0.5
inettitudine	-2.2
pressapochismo	-1.8
miope	-1.0
miopia	-1.0
coerenza	1.0
incoerente	-1.5
incoerenti	-1.5
incoerenza	-1.5
buonsenso	1.2
irrispettoso	-1.8
irrispettosa	-1.8
irrispettosi	-1.8
irrispettose	-1.8
prendere in giro	-1.5
mi prendi in giro	-1.5
ci prendono in giro	-2.0
fumo negli occhi	-1.8
specchietto per le allodole	-1.8
aria fritta	-1.8
tanto fumo e poco arrosto	-1.8
al verde	-1.2
conto salato	-1.5
costa un occhio	-1.8
# --- coverage batch (3rd session), part 5: regional and vulgar slang, ordeal and boredom words, service expressions
tvumdb	2.5
sgamato	-0.8
sgamata	-0.8
truzzo	-1.2
truzza	-1.2
truzzi	-1.2
truzze	-1.2
coatto	-1.2
coatta	-1.2
coatti	-1.2
coatte	-1.2
burino	-1.2
burina	-1.2
burini	-1.2
burine	-1.2
lercio	-2.0
lercia	-2.0
lerci	-2.0
lercie	-2.0
rincoglionito	-2.3
rincoglionita	-2.3
rincoglioniti	-2.3
rincoglionite	-2.3
rimbambito	-1.8
rimbambita	-1.8
rimbambiti	-1.8
rimbambite	-1.8
estiqaatsi	-0.5
anvedi	0.5
mizzica	0.3
belin	-0.8
orcoboia	-1.0
yess	1.5
topissimo	2.2
da dio	2.5
da sballo	2.2
da cani	-2.0
un calvario	-2.2
calvario	-2.0
odissea	-1.8
via crucis	-2.0
supplizio	-2.0
strazio	-2.2
uno strazio	-2.2
agonia	-2.0
lagna	-1.5
che lagna	-1.8
palloso	-1.8
pallosa	-1.8
pallosi	-1.8
pallose	-1.8
barboso	-1.5
barbosa	-1.5
soporifero	-1.5
soporifera	-1.5
mai consegnato	-2.0
linea caduta	-1.5
senza linea	-1.5
senza campo	-1.3
costano troppo	-1.8
bolletta salata	-1.8
bollette salate	-1.8
# --- coverage batch (3rd session), part 6: insults and character words of public quarrels
asociale	-1.0
asociali	-1.0
associale	-1.0
associali	-1.0
subnormale	-2.0
subnormali	-2.0
mongoloide	-2.2
mongoloidi	-2.2
decerebrato	-2.2
decerebrata	-2.2
decerebrati	-2.2
decerebrate	-2.2
cerebroleso	-2.2
cerebrolesa	-2.2
cerebrolesi	-2.2
cerebrolese	-2.2
analfabeta	-1.5
analfabeti	-1.5
bifolco	-1.8
bifolca	-1.8
bifolchi	-1.8
bifolche	-1.8
zotico	-1.8
zotica	-1.8
zotici	-1.8
zotiche	-1.8
sciacallaggio	-2.2
lestofante	-2.0
lestofanti	-2.0
ciarlatano	-2.0
ciarlatana	-2.0
ciarlatani	-2.0
ciarlatane	-2.0
scansafatiche	-1.8
lavativo	-1.5
lavativa	-1.5
lavativi	-1.5
lavative	-1.5
spocchioso	-1.8
spocchiosa	-1.8
spocchiosi	-1.8
spocchiose	-1.8
spocchia	-1.8
boria	-1.8
snob	-1.0
pallone gonfiato	-1.8
# --- coverage round 4 (third round of issue 3), batch 1: politeness, invitations and wishes; delay, suspension and decline;
# --- openings and savings; drowning; idioms of exasperation and resignation (by hand, no list consulted)
# --- the news words here are +-0.3..0.5: with the +-0.15 band ([settings]) one of them alone leaves a text neutral
per favore	0.3
per piacere	0.3
perfavore	0.3
prego	0.5
vi aspetto	0.6
vi aspettiamo	0.6
vi aspettiamo numerosi	1.0
ti aspettiamo	0.5
non mancate	0.8
non mancare	0.6
non perdetevi	0.8
non perderti	0.6
venite a trovarci	0.8
vieni a trovarci	0.8
un saluto	0.6
cari saluti	0.8
un caro saluto	0.9
a presto	0.6
a prestissimo	0.8
amour	1.0
darling	1.0
buon ascolto	0.8
buona serata a tutti	1.2
buona giornata a tutti	1.2
rinvio	-0.5
rinvii	-0.5
rinviato	-0.5
rinviata	-0.5
rinviati	-0.5
rinviate	-0.5
rinviare	-0.5
rinvia	-0.5
rinviano	-0.5
slittamento	-0.5
slittamenti	-0.5
slittato	-0.5
slittata	-0.5
slittati	-0.5
slittate	-0.5
posticipato	-0.5
posticipata	-0.5
posticipati	-0.5
posticipate	-0.5
sospeso	-0.5
sospesa	-0.5
sospesi	-0.5
sospese	-0.5
sospensione	-0.5
sospensioni	-0.5
bocciatura	-1.2
bocciature	-1.2
calo	-0.5
in calo	-0.5
ribasso	-0.5
ribassi	-0.5
in ribasso	-0.5
flessione	-0.5
in flessione	-0.5
rialzo	0.5
rialzi	0.5
in rialzo	0.6
in crescita	0.8
a gonfie vele	1.8
annegare	-1.5
annegato	-1.5
annegata	-1.5
annegati	-1.5
annegate	-1.5
annegamento	-1.5
annega	-1.5
affogare	-1.2
affoga	-1.2
affogano	-1.2
controindicazione	-0.5
controindicazioni	-0.5
blackout	-1.2
black out	-1.2
bufera	-1.0
bufere	-1.0
braccio di ferro	-1.0
exploit	1.2
successone	2.6
inaugurazione	0.5
inaugurazioni	0.5
inaugurato	0.5
inaugurata	0.5
inaugurati	0.5
inaugurate	0.5
inaugura	0.5
inaugurano	0.5
riapertura	0.5
riaperture	0.5
riapre	0.5
riaprono	0.5
riaperto	0.5
riaperta	0.5
riaperti	0.5
riaperte	0.5
risparmio	0.5
risparmiare	0.5
risparmiato	0.5
risparmiata	0.5
risparmiando	0.5
visionario	1.0
visionaria	1.0
visionari	1.0
visionarie	1.0
sfizio	0.6
sfizi	0.6
sfizioso	1.2
sfiziosa	1.2
sfiziosi	1.2
sfiziose	1.2
ma siamo seri	-1.0
siamo seri	-0.6
e niente	-0.4
dubbi	-0.4
via libera	0.5
tanti saluti	0.6
saluti a tutti	0.6
# --- coverage round 4, batch 2: mild news words (agreement, novelty, podium, sold out; condolence, crash, relegation,
# --- boos, bans, uncertainty, doubt, reports to the police, evacuation, redundancies) and regret
accordo	0.4
accordi	0.4
premiazione	0.8
premiazioni	0.8
sostenibilità	0.4
sold out	1.2
tutto esaurito	1.2
sul podio	1.2
promozione	0.5
applaudito	1.5
applaudita	1.5
applauditi	1.5
applaudite	1.5
applaudire	1.5
chance	0.4
caro vita	-1.0
caroprezzi	-1.0
caro prezzi	-1.0
ingorgo	-1.0
ingorghi	-1.0
schianto	-1.5
schianti	-1.5
schiantato	-1.5
schiantata	-1.5
schiantati	-1.5
schiantate	-1.5
si schianta	-1.5
in prognosi riservata	-1.5
cordoglio	-1.0
ko	-0.8
proibito	-0.5
proibita	-0.5
proibiti	-0.5
proibite	-0.5
proibire	-0.5
proibizione	-0.5
nel mirino	-0.5
retrocessione	-1.5
retrocesso	-1.5
retrocessa	-1.5
retrocessi	-1.5
incerto	-0.4
incerta	-0.4
incerti	-0.4
incerte	-0.4
dubbio	-0.4
rammarico	-1.0
rimpianto	-0.8
rimpianti	-0.8
agitato	-0.8
agitata	-0.8
agitati	-0.8
agitate	-0.8
evacuato	-1.0
evacuata	-1.0
evacuati	-1.0
evacuate	-1.0
evacuazione	-1.0
denuncia	-0.5
denunce	-0.5
denunciato	-0.5
denunciata	-0.5
denunciati	-0.5
denunciate	-0.5
denunciare	-0.5
esuberi	-1.0
nuovo primato	0.8
grandi novità	0.8
tante novità	0.6
tra i fischi	-0.8
sommerso dai fischi	-1.0
# --- coverage round 4, batch 3: renewal and upgrades, cooperation words of public life (mild, under the neutral band alone),
# --- bad weather and damaged streets
divertiamoci	1.5
potenziato	0.6
potenziata	0.6
potenziati	0.6
potenziate	0.6
potenziamento	0.6
potenziare	0.5
rinnovato	0.5
rinnovata	0.5
rinnovati	0.5
rinnovate	0.5
rinnovamento	0.6
completamente rinnovato	1.0
completamente rinnovata	1.0
restyling	0.5
ammodernamento	0.6
modernizzazione	0.5
insieme	0.3
partecipazione	0.3
dialogo	0.3
collaborazione	0.4
condivisione	0.3
buche	-0.8
voragine	-1.0
voragini	-1.0
allagamento	-1.2
allagamenti	-1.2
allagato	-1.2
allagata	-1.2
allagati	-1.2
allagate	-1.2
nubifragio	-1.5
nubifragi	-1.5
ondata di caldo	-0.8
temporale	-0.6
temporali	-0.6
# --- stem guards (round 4): frequent neutral words that reached an evaluative entry of another family through the stem
# --- (quale -> qualità, serve -> servi, marco -> marcio, ferie -> ferito, genere -> genio, circa -> circo, senso -> sensato ...)
quale	0
quali	0
qual	0
serve	0
servono	0
servire	0
servito	0
serviti	0
serva	0
mente	0
menti	0
menta	0
marco	0
marca	0
marchi	0
grado	0
gradi	0
ferie	0
genere	0
generi	0
genera	0
merenda	0
merende	0
stime	0
secco	0
secca	0
secchi	0
secche	0
circa	0
ricci	0
cesse	0
senso	0
sensi	0
ha senso	0.6
che senso ha	-1.2
# --- coverage round 4, batch 4: sports chatter (goals, own goals, blunders, sendings-off, comebacks), colloquial
# --- reactions and idioms (no comment, come ti permetti, parlare alle spalle, quello che ci vuole, non riesco)
che gol	2.0
golazo	2.2
golasso	2.2
autogol	-1.2
autogoal	-1.2
espulso	-0.8
espulsa	-0.8
espulsi	-0.8
espulsione	-0.8
espulsioni	-0.8
che partita	1.5
rimonta	0.8
rimonte	0.8
in rimonta	0.8
che rimonta	2.0
rimontato	0.8
rimontata	0.8
che culo	1.2
non scherza	0.6
non scherzano	0.6
no comment	-0.6
nocomment	-0.6
ciao a tutti	0.4
non riesco	-0.5
non ci riesco	-0.8
non riesce	-0.4
non riescono	-0.4
come si permette	-1.5
come ti permetti	-1.5
come vi permettete	-1.5
si permette di	-0.6
sparlare	-1.2
sparla	-1.2
sparlano	-1.2
parlare alle spalle	-1.2
parla alle spalle	-1.2
parlano alle spalle	-1.2
quello che ci vuole	0.8
proprio quello che ci vuole	1.2
grida manzoniane	-1.0
grida manzoniana	-1.0
rimanere indietro	-0.8
rimasti indietro	-0.8
senza risposta	-1.0
dimentica	-0.4
dimenticano	-0.4
in sicurezza	0.5
non so che fare	-0.8
non so cosa fare	-0.8
che papera	-1.2
# --- zero expressions (round 4): bodies named "consiglio" are not advice; "figura"/"figure" are not "figurati"
presidente del consiglio	0
consiglio dei ministri	0
consiglio comunale	0
consiglio regionale	0
consiglio provinciale	0
consiglio di stato	0
consiglio europeo	0
consiglio d'europa	0
consiglio di amministrazione	0
consiglio nazionale	0
consiglio superiore	0
consiglio di classe	0
consiglio d'istituto	0
figura	0
figure	0
# --- coverage round 4, batch 5: public-life words with a clear tone (coup, deportation of teachers, technocracy,
# --- do-gooders, "professoroni", golden pensions, haters, meritocracy)
massone	-0.8
massoni	-0.8
massoneria	-0.8
golpe	-1.5
golpista	-1.5
golpisti	-1.5
tecnocrazia	-0.6
tecnocrati	-0.6
deportato	-1.5
deportata	-1.5
deportati	-1.5
deportate	-1.5
deportazione	-1.5
deportazioni	-1.5
hater	-1.5
haters	-1.5
buonista	-1.2
buonisti	-1.2
buoniste	-1.2
buonismo	-1.2
professoroni	-1.0
professorone	-1.0
pensioni d'oro	-1.2
pensione d'oro	-1.2
meritocrazia	0.8
# --- coverage round 4, batch 6: colloquial exasperation and cheering
ne ho le scatole piene	-2.0
ho le scatole piene	-2.0
abbiamo le scatole piene	-2.0
si vola	1.2

[negators]
nn
non
mai
nessuno
nessuna
nessun
niente
nulla
neanche
nemmeno
neppure
senza
mica
manco
no
nope
macché
macche
affatto

[intensifiers]
molto	0.293
moltissimo	0.35
tanto	0.25
tantissimo	0.35
troppo	0.25
davvero	0.25
veramente	0.25
proprio	0.2
assolutamente	0.3
totalmente	0.3
completamente	0.3
del tutto	0.25
estremamente	0.35
incredibilmente	0.35
particolarmente	0.2
decisamente	0.28
super	0.3
stra	0.3
ultra	0.3
iper	0.25
davvero tanto	0.35
veramente tanto	0.35
parecchio	0.2
assai	0.25
alquanto	0.15
così	0.2
sempre più	0.2
sicuramente	0.2
eccessivamente	0.25
straordinariamente	0.35
enormemente	0.35
infinitamente	0.35
profondamente	0.3
seriamente	0.2
fortemente	0.25
altamente	0.3
esageratamente	0.3
pazzescamente	0.35
tremendamente	0.35
terribilmente	0.3
abbastanza	-0.15
piuttosto	-0.1
poco	-0.35
pochissimo	-0.45
un po	-0.25
un pochino	-0.3
un pochettino	-0.3
leggermente	-0.3
lievemente	-0.3
appena	-0.25
quasi	-0.25
relativamente	-0.2
moderatamente	-0.25
parzialmente	-0.25
in parte	-0.25
vagamente	-0.3
più o meno	-0.3
sostanzialmente	-0.1

[contrast]
ma
però
pero
tuttavia
eppure
comunque
invece
anche se
sebbene
nonostante
bensì
ciononostante
peccato che

[settings]
double_negation = concord
# Italian news and public tweets use mild words as formula ("accordo", "rinvio", "incerta", "per favore");
# a single one of them should not make a text positive or negative (the Dutch file does the same).
# 0.15 needs a net valence of about 0.6: one clear word, or several mild ones (coverage round 4).
threshold_pos = 0.15
threshold_neg = -0.15
