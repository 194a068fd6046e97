# cs.lex — earshot sentiment lexicon for Czech.
#
# Written by hand for earshot from knowledge of the language (no entries taken
# from any other list). Valence is the last field, on [-4, +4]. Word families
# are mostly prefix entries (stem*) so that case and gender endings are covered
# without relying on the stemmer; the most frequent full forms are listed as
# well, including the common spoken forms ("dobrej", "hroznej", "skvělý"/
# "skvělej"). Diacritic-free spellings are derived by the loader. Verb negation
# is mostly the glued prefix "ne-" ("nelíbí" = ne + líbí), handled by
# [negation-prefixes]; words where that split misleads (nebezpečný, nemocný,
# nenávidět, nechutný, nesmírně) have entries of their own.
# Not here: emoji and emoticons (emoji.lex), neutral domain words.
# Some short words appear only inside expressions or as prefix entries
# because the light stemmer would join them with unrelated common words
# (see docs/lexicons-slavic.md, "Stem collisions").
@lang cs
@stemmer light:cs


[valence]
## --- core evaluative adjectives and adverbs: positive
dobrý                    1.9
dobrá                    1.9
dobré                    1.9
dobrého                  1.9
dobrou                   1.9
dobrým                   1.9
dobrém                   1.9
dobrých                  1.9
dobrými                  1.9
dobrému                  1.9
dobří                    1.9
dobrej                   1.9
dobrýho                  1.9
dobrym                   1.9
dobře                    1.6
dobre                    1.6
lepší                    2.1
lepšího                  2.1
lepším                   2.1
lepších                  2.1
lepšími                  2.1
lepšímu                  2.1
lepšej                   2.1
líp                      2.1
lépe                     2.1
nejlepší                 3.0
nejlepšího               3.0
nejlepším                3.0
nejlepších               3.0
nejlepšími               3.0
nejlepšímu               3.0
nejlíp                   3.0
nejlépe                  3.0
výborn*                  3.0
skvěl*                   3.0
vynikající               3.0
vynikajícího             3.0
vynikajícím              3.0
vynikajících             3.0
excelentn*               3.0
znamenit*                3.0
prvotřídn*               3.0
špičkov*                 3.0
bezkonkurenčn*           3.0
úžasn*                   3.2
fantastick*              3.2
fenomenáln*              3.2
geniáln*                 3.2
senzačn*                 3.2
famózn*                  3.2
božsk*                   3.2
boží                     3.2
pohádkov*                3.2
nádhern*                 3.2
překrásn*                3.2
přenádhern*              3.2
nejkrásnější             3.2
perfektn*                2.8
dokonal*                 2.8
bezchybn*                2.8
ideáln*                  2.8
bezvadn*                 2.8
krásn*                   2.6
krásně                   2.6
krásnej                  2.6
hezk*                    2.6
hezky                    2.6
hezkej                   2.6
pěkn*                    2.6
pěkně                    2.6
pěknej                   2.6
roztomil*                2.6
rozkošn*                 2.6
půvabn*                  2.6
okouzlující              2.6
příjemn*                 2.0
milý                     2.0
milá                     2.0
milé                     2.0
milou                    2.0
milého                   2.0
milým                    2.0
milých                   2.0
milí                     2.0
mile                     2.0
milej                    2.0
milounk*                 2.0
sympatick*               2.0
přátelsk*                2.0
srdečn*                  2.0
vstřícn*                 2.0
ochotn*                  2.0
zdvoři*                  2.0
slušn*                   2.0
laskav*                  2.0
ohleduplný               2.0
ohleduplná               2.0
ohleduplní               2.0
fajn                     2.4
fajnov*                  2.4
super                    2.4
supr                     2.4
suprov*                  2.4
superov*                 2.4
paráda                   2.4
parádn*                  2.4
bomba                    2.4
bezva                    2.4
hustý                    2.4
hustej                   2.4
husté                    2.4
pecka                    2.4
peckov*                  2.4
nářez                    2.4
mazec                    2.4
top                      2.4
luxus                    2.4
luxusn*                  2.4
žůžo                     2.4
výborně                  2.4
skvěle                   2.4
úžasně                   2.4
extrovní                 2.4
kvalitn*                 1.8
spolehliv*               1.8
odoln*                   1.8
trvanliv*                1.8
stabiln*                 1.8
robustn*                 1.8
bezproblémov*            1.8
bezporuchov*             1.8
precizn*                 1.8
poctiv*                  1.8
solidn*                  1.8
seriózn*                 1.8
bleskov*                 1.3
expresn*                 1.3
promptn*                 1.3
svižn*                   1.3
plynul*                  1.3
pružn*                   1.3
levn*                    1.3
levně                    1.3
výhodn*                  1.3
zvýhodněn*               1.3
sleva                    1.3
slevy                    1.3
slevu                    1.3
slevou                   1.3
slevov*                  1.3
výprodej                 1.3
zdarma                   1.3
gratis                   1.3
bezplatn*                1.3
zadarmo                  1.3
pohodln*                 2.0
praktick*                2.0
užitečn*                 2.0
prospěšn*                2.0
šikovn*                  2.0
účinn*                   2.0
efektivn*                2.0
funkční                  2.0
intuitivn*               2.0
přehledn*                2.0
snadn*                   2.0
ergonomick*              2.0
komfortn*                2.0
bezpečně                 2.2
spolehlivě               2.2
zaručen*                 2.2
zajímav*                 2.2
inspirativn*             2.2
podnětn*                 2.2
fascinující              2.2
poutav*                  2.2
strhující                2.2
napínav*                 2.2
chytlav*                 2.2
poučn*                   2.2
obohacující              2.2
vtipn*                   1.8
zábavn*                  1.8
legrační                 1.8
srandovn*                1.8
humorn*                  1.8
komick*                  1.8
k popukání               1.8
k smíchu                 1.8
šťastn*                  2.2
spokojen*                2.2
radostn*                 2.2
vesel*                   2.2
nadšen*                  2.2
potěšen*                 2.2
zamilovan*               2.2
dojat*                   2.2
vděčn*                   2.2
blažen*                  2.2
klidn*                   1.8
uvolněn*                 1.8
odpočat*                 1.8
bezstarostn*             1.8
vyrovnan*                1.8
pohodov*                 1.8
pohoda                   1.8
pohodička                1.8
v pohodě                 1.8
v pohodičce              1.8
v klidu                  1.8
chytr*                   1.9
inteligentn*             1.9
talentovan*              1.9
nadan*                   1.9
kreativn*                1.9
vynalézav*               1.9
čestn*                   2.0
upřímn*                  2.0
férov*                   2.0
fér                      2.0
spravedliv*              2.0
loajáln*                 2.0
věrný                    2.0
věrná                    2.0
důvěryhodn*              2.0
obětav*                  2.0
statečn*                 2.0
odvážn*                  2.0
hrdinsk*                 2.0
štědr*                   2.0
šlechetn*                2.0
trpěliv*                 2.0
chápav*                  2.0
empatick*                2.0
starostliv*              2.0
nápomocn*                2.0
zdravý                   1.4
zdravá                   1.4
zdravé                   1.4
zdravě                   1.4
čerstv*                  1.4
chutn*                   1.4
lahodn*                  1.4
mňam                     1.4
mňamka                   1.4
mňamky                   1.4
mňam mňam                1.4
mmm                      1.4
jako od maminky          1.4
ňam                      1.4
ňamka                    1.4
moderní                  1.6
elegantn*                1.6
stylov*                  1.6
vkusn*                   1.6
luxusní                  1.6
honosn*                  1.6
reprezentativn*          1.6
čistý                    1.6
čistá                    1.6
čisté                    1.6
čistě                    1.6
čisťoučk*                1.6
upraven*                 1.6
útuln*                   1.6
prostorn*                1.6
úspěšn*                  1.4
vítězn*                  1.4
pozitivn*                1.4
optimistick*             1.4
nadějn*                  1.4
slibn*                   1.4
povzbudiv*               1.4
povzbuzující             1.4
slušný                   1.2
slušná                   1.2
slušné                   1.2
slušně                   1.2
přijateln*               1.2
snesiteln*               1.2
uspokojiv*               1.2
korektn*                 1.2
obstojn*                 1.2
ujde                     1.2
ujde to                  1.2
v pořádku                1.2
v poho                   1.2
pohodový                 1.2
ok                       1.0
okej                     1.0
oki                      1.0
okay                     1.0
oukej                    1.0
oukey                    1.0
jasně                    1.0
jasný                    1.0
jasné                    1.0
dobře no                 1.0
tak dobře                1.0
máš pravdu               1.5
máte pravdu              1.5
souhlasím                1.5
souhlasíme               1.5
přesně tak               1.5
přesně                   1.5
trefa                    1.5
výstižn*                 1.5
trefn*                   1.5
stojí za to              2.5
vyplatí se               2.5
vyplatilo se             2.5
stálo to za to           2.5
stojí za zhlédnutí       2.5
stojí za přečtení        2.5
stojí za vyzkoušení      2.5
poměr cena výkon         2.5
poměr cena kvalita       2.5
za ty peníze super       2.5
za tu cenu super         2.5
## --- core evaluative adjectives and adverbs: negative
špatn*                   -2.1
špatně                   -2.1
zlý                      -2.1
zlá                      -2.1
zlé                      -2.1
zlého                    -2.1
zlou                     -2.1
zlým                     -2.1
zlých                    -2.1
zle                      -2.1
zlej                     -2.1
horší                    -2.0
horšího                  -2.0
horším                   -2.0
horších                  -2.0
horšími                  -2.0
hůř                      -2.0
hůře                     -2.0
horšej                   -2.0
nejhorší                 -3.0
nejhoršího               -3.0
nejhorším                -3.0
nejhorších               -3.0
nejhůř                   -3.0
nejhůře                  -3.0
hrozný                   -2.6
hrozná                   -2.6
hrozné                   -2.6
hroznej                  -2.6
hrozného                 -2.6
hroznou                  -2.6
hrozným                  -2.6
hrozných                 -2.6
strašný                  -2.6
strašná                  -2.6
strašné                  -2.6
strašnej                 -2.6
strašného                -2.6
strašnou                 -2.6
strašným                 -2.6
strašných                -2.6
příšern*                 -2.6
otřesn*                  -2.6
děsiv*                   -2.6
hrůzostrašn*             -2.6
katastrofáln*            -2.6
tragick*                 -2.6
mizern*                  -2.6
bídn*                    -2.6
děsnej                   -2.6
děsný                    -2.6
děsná                    -2.6
děsné                    -2.6
šílený                   -2.6
šílená                   -2.6
šílené                   -2.6
šílenej                  -2.6
šílenost                 -2.6
šílenosti                -2.6
katastrofa               -3.0
katastrofy               -3.0
katastrofou              -3.0
tragédie                 -3.0
tragédií                 -3.0
fiasko                   -3.0
fiaskem                  -3.0
debakl                   -3.0
debaklem                 -3.0
propadák                 -3.0
propadákem               -3.0
výsměch                  -3.0
hanba                    -3.0
hanby                    -3.0
hanbou                   -3.0
ostuda                   -3.0
ostudou                  -3.0
ostudn*                  -3.0
blamáž                   -3.0
trapas                   -3.0
trapasu                  -3.0
hrůza                    -3.0
hrůzy                    -3.0
hrůzou                   -3.0
děs                      -3.0
děsu                     -3.0
peklo                    -3.0
pekla                    -3.0
v pekle                  -3.0
noční můra               -3.0
noční můry               -3.0
slabý                    -2.4
slabá                    -2.4
slabé                    -2.4
slabě                    -2.4
slabej                   -2.4
slabého                  -2.4
slabou                   -2.4
slabým                   -2.4
slabých                  -2.4
chabý                    -2.4
chabá                    -2.4
chabé                    -2.4
chabě                    -2.4
podprůměrn*              -2.4
nekvalitn*               -2.4
šunt                     -2.4
šmejd                    -2.4
šmejdy                   -2.4
šmejdem                  -2.4
paskvil*                 -2.4
brak                     -2.4
šrot                     -2.4
šrotu                    -2.4
na hovno                 -3.0
hovno                    -3.0
hovna                    -3.0
hovnem                   -3.0
sračka                   -3.0
sračky                   -3.0
srač*                    -3.0
posran*                  -3.0
zasran*                  -3.0
na píču                  -3.0
do píči                  -3.0
píča                     -3.0
píčovina                 -3.0
píčoviny                 -3.0
kokot                    -3.0
kokoti                   -3.0
kokotina                 -3.0
čurák                    -3.0
čuráci                   -3.0
zmrd                     -3.0
zmrdi                    -3.0
zmrde                    -3.0
mrdka                    -3.0
mrdky                    -3.0
zkurven*                 -3.0
vyjeban*                 -3.0
pojeban*                 -3.0
dojeban*                 -3.0
jebnut*                  -3.0
nasran*                  -3.0
do prdele                -3.0
v prdeli                 -3.0
na prd                   -3.0
prd                      -3.0
kurva                    -3.0
kurvy                    -3.0
kurvo                    -3.0
kurevsk*                 -3.0
hajzl                    -3.0
hajzlové                 -3.0
hajzle                   -3.0
fuck                     -3.0
shit                     -3.0
wtf                      -3.0
sakra                    -1.2
sakryš                   -1.2
krucinál                 -1.2
kruci                    -1.2
kurňa                    -1.2
kurnik                   -1.2
do háje                  -1.2
k čertu                  -1.2
sakra práce              -1.2
doprčic                  -1.2
doprdele                 -1.2
do hajzlu                -1.2
himbajs                  -1.2
nudn*                    -2.0
nuda                     -2.0
nudy                     -2.0
nudou                    -2.0
nudím se                 -2.0
zdlouhav*                -2.0
únavn*                   -2.0
otravn*                  -2.0
monotónn*                -2.0
stereotypn*              -2.0
fádn*                    -2.0
škared*                  -2.3
ošklivý                  -2.3
ošklivá                  -2.3
ošklivé                  -2.3
ošklivě                  -2.3
hnusn*                   -2.3
odporn*                  -2.3
ohavn*                   -2.3
nechutn*                 -2.3
nechutně                 -2.3
hnus                     -2.3
hnusu                    -2.3
fuj                      -2.3
fuuj                     -2.3
bleh                     -2.3
blé                      -2.3
smrdut*                  -2.3
smradlav*                -2.3
páchnouc*                -2.3
špinav*                  -2.3
zašpiněn*                -2.3
zaprasen*                -2.3
neupraven*               -2.3
podlý                    -2.6
podlá                    -2.6
podlé                    -2.6
podlost                  -2.6
zákeřn*                  -2.6
sprost*                  -2.6
zlomysln*                -2.6
krut*                    -2.6
bezohledn*               -2.6
necitliv*                -2.6
bezcitn*                 -2.6
arogantn*                -2.6
arogance                 -2.6
namyšlen*                -2.6
povýšen*                 -2.6
drzost                   -2.6
nafoukan*                -2.6
hrubost                  -2.6
hrubě                    -2.6
nevychovan*              -2.6
nezdvořil*               -2.6
neslušn*                 -2.6
vulgárn*                 -2.6
neochotn*                -2.6
nepříjemn*               -2.6
nepříjemně               -2.6
nehorázn*                -2.6
nehoráznost              -2.6
bezostyšn*               -2.6
bezohlednost             -2.6
hloup*                   -2.5
hlupák                   -2.5
hlupáci                  -2.5
hloupost                 -2.5
hlouposti                -2.5
blb*                     -2.5
blbost                   -2.5
blbosti                  -2.5
blbec                    -2.5
blbci                    -2.5
blbá                     -2.5
blbej                    -2.5
debil                    -2.5
debilové                 -2.5
debilní                  -2.5
debilita                 -2.5
idiot                    -2.5
idioti                   -2.5
idiotsk*                 -2.5
idiotka                  -2.5
kretén                   -2.5
kreténi                  -2.5
kreténsk*                -2.5
magor                    -2.5
magoři                   -2.5
pitom*                   -2.5
pitomec                  -2.5
pitomci                  -2.5
pitomost                 -2.5
pitomosti                -2.5
trotl                    -2.5
trotlové                 -2.5
primitiv                 -2.5
primitivové              -2.5
primitivn*               -2.5
dement                   -2.5
dementi                  -2.5
retard*                  -2.5
imbecil*                 -2.5
kráva                    -2.5
krávo                    -2.5
krávy                    -2.5
debilizmus               -2.5
kravina                  -2.5
kraviny                  -2.5
blbina                   -2.5
blbiny                   -2.5
volovina                 -2.5
voloviny                 -2.5
hovadina                 -2.5
hovadiny                 -2.5
hovado                   -2.5
dobytek                  -2.5
nesmysl                  -2.5
nesmysly                 -2.5
nesmyslné                -2.5
nesmyslný                -2.5
nesmyslná                -2.5
nonsens                  -2.5
absurd*                  -2.5
kripl                    -2.5
kryplík                  -2.5
kryplíci                 -2.5
zbytečn*                 -1.8
k ničemu                 -1.8
nepoužiteln*             -1.8
nefunkční                -1.8
nespolehliv*             -1.8
neefektivn*              -1.8
neúčinn*                 -1.8
nepraktick*              -1.8
nepohodln*               -1.8
nešikovn*                -1.8
nepoveden*               -1.8
nevydařen*               -1.8
neúspěšn*                -1.8
nevhodn*                 -1.8
nepřijateln*             -1.8
nesnesiteln*             -1.8
neúnosn*                 -1.8
nepřehledn*              -1.8
komplikovan*             -1.8
složitý                  -1.8
složitá                  -1.8
složité                  -1.8
složitě                  -1.8
těžkopádn*               -1.8
krkolomn*                -1.8
rozbit*                  -2.2
rozbil                   -2.2
rozbila                  -2.2
rozbilo                  -2.2
rozbili                  -2.2
rozbil se                -2.2
rozbila se               -2.2
rozbilo se               -2.2
zničen*                  -2.2
zničil                   -2.2
zničila                  -2.2
zničilo                  -2.2
zničili                  -2.2
poškozen*                -2.2
poškodil                 -2.2
poškodila                -2.2
prasklý                  -2.2
prasklá                  -2.2
praskl                   -2.2
praskla                  -2.2
prasklo                  -2.2
zlomen*                  -2.2
zlomil                   -2.2
zlomila                  -2.2
zlomilo                  -2.2
poškrában*               -2.2
vadn*                    -2.2
chybn*                   -2.2
defektn*                 -2.2
porouchan*               -2.2
pokažen*                 -2.2
nefunguje                -2.2
nefungují                -2.2
nefungovalo              -2.2
nefungoval               -2.2
nefungovala              -2.2
přestal fungovat         -2.2
přestala fungovat        -2.2
přestalo fungovat        -2.2
nejde to                 -2.2
nejde mi                 -2.2
nezapne                  -2.2
nezapne se               -2.2
nenabíjí                 -2.2
nenabíjí se              -2.2
zamrzá                   -2.2
zasekává se              -2.2
seká se                  -2.2
sekne se                 -2.2
laguje                   -2.2
zamrzl                   -2.2
zamrzlo                  -2.2
spadlo mi                -2.2
padá mi                  -2.2
vypadává                 -2.2
vypadává signál          -2.2
nejde signál             -2.2
nemám signál             -2.2
není signál              -2.2
bez signálu              -2.2
nejde internet           -2.2
nefunguje internet       -2.2
nejde net                -2.2
vypadl internet          -2.2
vypadlo připojení        -2.2
předražen*               -1.8
moc drahé                -1.8
příliš drahé             -1.8
zbytečně drahé           -1.8
hrozně drahé             -1.8
drahota                  -1.8
drahoty                  -1.8
přemrštěn*               -1.8
nehorázné ceny           -1.8
šílené ceny              -1.8
vysoké ceny              -1.8
zdražení                 -1.8
zdražení cen             -1.8
zdražují                 -1.8
zdražili                 -1.8
zdražit                  -1.8
zdražuje                 -1.8
okrádání                 -1.8
okrádá                   -1.8
okrádají                 -1.8
vydřiduch*               -1.8
odírají                  -1.8
odírá                    -1.8
odírání                  -1.8
lichva                   -1.8
lichvář*                 -1.8
pomal*                   -2.0
trvá to věčnost          -2.0
trvalo to věčnost        -2.0
celou věčnost            -2.0
nebezpečn*               -2.3
nebezpečně               -2.3
škodliv*                 -2.3
toxick*                  -2.3
jedovat*                 -2.3
ohrožující               -2.3
zdraví škodlivé          -2.3
smutn*                   -2.0
smutno                   -2.0
smutek                   -2.0
smutku                   -2.0
smutkem                  -2.0
žal                      -2.0
žalu                     -2.0
nešťastn*                -2.0
neštěstí                 -2.0
deprimovan*              -2.0
deprimující              -2.0
depresivn*               -2.0
deprese                  -2.0
depka                    -2.0
skleslý                  -2.0
skleslá                  -2.0
zdrcen*                  -2.0
zoufal*                  -2.0
zoufalství               -2.0
beznaděj*                -2.0
bezmocn*                 -2.0
bezradn*                 -2.0
naštvan*                 -2.2
nasrat*                  -2.2
rozčilen*                -2.2
rozzuřen*                -2.2
vzteklý                  -2.2
vzteklá                  -2.2
vzteklí                  -2.2
vztek                    -2.2
vzteku                   -2.2
vztekem                  -2.2
zuřiv*                   -2.2
nervózn*                 -2.2
podrážděn*               -2.2
frustrovan*              -2.2
otráven*                 -2.2
znechucen*               -2.2
zhnusen*                 -2.2
pobouřen*                -2.2
rozhořčen*               -2.2
vytočen*                 -2.2
nakrknut*                -2.2
dožran*                  -2.2
zhrozen*                 -2.2
zklamán*                 -2.2
zklamal                  -2.2
zklamala                 -2.2
zklamalo                 -2.2
zklamali                 -2.2
zklamali mě              -2.2
zklamání                 -2.2
zklamáním                -2.2
zklamaný                 -2.2
zklamaná                 -2.2
zklamaní                 -2.2
zklamávající             -2.2
rozčarován*              -2.2
rozčarování              -2.2
vystrašen*               -2.0
vyděšen*                 -2.0
vylekan*                 -2.0
zděšen*                  -2.0
ustrašen*                -2.0
úzkostn*                 -2.0
ustaran*                 -2.0
znepokojen*              -2.0
znepokojující            -2.0
alarmující               -2.0
šokující                 -2.0
šokovan*                 -2.0
otřesen*                 -2.0
strach                   -2.0
strachu                  -2.0
strachem                 -2.0
obava                    -2.0
obavy                    -2.0
obav                     -2.0
obávám se                -2.0
bojím se                 -2.0
bojí se                  -2.0
bojej se                 -2.0
mám strach               -2.0
nemocný                  -1.8
nemocná                  -1.8
nemocné                  -1.8
nemocní                  -1.8
nemocnej                 -1.8
nemoc                    -1.8
nemoci                   -1.8
nemocí                   -1.8
bolest*                  -1.8
bolí                     -1.8
bolej                    -1.8
bolelo                   -1.8
unaven*                  -1.8
vyčerpan*                -1.8
zničenej                 -1.8
grogy                    -1.8
utahan*                  -1.8
divn*                    -1.3
podivn*                  -1.3
podezřel*                -1.3
pochybn*                 -1.3
matoucí                  -1.3
nejasn*                  -1.3
nesrozumiteln*           -1.3
chaotick*                -1.3
neorganizovan*           -1.3
zmatečn*                 -1.3
zmatek                   -1.3
zmatku                   -1.3
chaos                    -1.3
chaosu                   -1.3
bordel                   -1.3
bordelu                  -1.3
nepořádek                -1.3
nepořádku                -1.3
tak napůl                -1.0
tak tak                  -1.0
nic moc                  -1.0
nic extra                -1.0
nic speciálního          -1.0
nic zvláštního           -1.0
nic výjimečného          -1.0
nic světoborného         -1.0
bez nadšení              -1.0
mohlo by to být lepší    -1.0
mohlo to být lepší       -1.0
otravuje                 -2.0
otravujou                -2.0
obtěžující               -2.0
obtěžuje                 -2.0
obtěžujou                -2.0
dráždiv*                 -2.0
dráždí                   -2.0
irituje                  -2.0
iritující                -2.0
štve mě                  -2.0
štve                     -2.0
štvou                    -2.0
sere mě                  -2.0
nasírá                   -2.0
nasírá mě                -2.0
vytáčí mě                -2.0
vytáčí                   -2.0
leze mi na nervy         -2.0
jde mi na nervy          -2.0
leze na nervy            -2.0
jde na nervy             -2.0
pije mi krev             -2.0
## --- verbs, nouns and phrases: positive
doporučuji               2.6
doporučuju               2.6
doporučujeme             2.6
vřele doporučuji         2.6
vřele doporučuju         2.6
určitě doporučuji        2.6
určitě doporučuju        2.6
jednoznačně doporučuji   2.6
můžu jen doporučit       2.6
mohu jen doporučit       2.6
mohu doporučit           2.6
můžu doporučit           2.6
jen doporučit            2.6
všem doporučuji          2.6
všem doporučuju          2.6
doporučit                2.0
doporučuje               2.0
doporučujou              2.0
doporučil                2.0
doporučila               2.0
doporučili               2.0
doporučení               2.0
miluju                   2.5
miluji                   2.5
milujem                  2.5
milujeme                 2.5
miluje                   2.5
milujou                  2.5
milovat                  2.5
zbožňuju                 2.5
zbožňuji                 2.5
zbožňuje                 2.5
láska                    2.5
lásky                    2.5
láskou                   2.5
lásku                    2.5
lásko                    2.5
miláček                  2.5
miláčku                  2.5
zlatíčko                 2.5
zlato                    2.5
srdíčko                  2.5
srdíčka                  2.5
srdce moje               2.5
mám rád                  1.9
mám ráda                 1.9
máme rádi                1.9
jsem rád                 1.9
jsem ráda                1.9
jsme rádi                1.9
líbí se mi               1.9
líbí se nám              1.9
líbilo se mi             1.9
líbil se mi              1.9
líbila se mi             1.9
líbí                     1.9
líbilo                   1.9
líbil                    1.9
líbila                   1.9
líbej                    1.9
zalíbil                  1.9
zalíbila                 1.9
zalíbilo                 1.9
oblíben*                 1.9
oblíbil                  1.9
oblíbila                 1.9
oblíbili                 1.9
děkuji moc               2.4
děkuju moc               2.4
moc děkuji               2.4
moc děkuju               2.4
děkuji mockrát           2.4
děkuju mockrát           2.4
mockrát děkuji           2.4
díky moc                 2.4
moc díky                 2.4
díky moc za              2.4
vděčný                   2.4
vděčná                   2.4
vděčnost                 2.4
poděkování               2.4
poděkovat                2.4
děkovat                  2.4
děkuji za rychlou odpověď 2.4
díky za rychlou odpověď  2.4
děkuji za pomoc          2.4
díky za pomoc            2.4
děkuji za ochotu         2.4
díky za radu             2.4
gratuluji                2.8
gratuluju                2.8
gratulujeme              2.8
gratulace                2.8
blahopřeji               2.8
blahopřeju               2.8
blahopřejeme             2.8
blahopřání               2.8
bravo                    2.8
bravó                    2.8
smekám                   2.8
klobouk dolů             2.8
palec nahoru             2.8
palce nahoru             2.8
potlesk                  2.8
ovace                    2.8
těší mě                  2.0
těší nás                 2.0
těším se                 2.0
těšíme se                2.0
těší                     2.0
potěšil                  2.0
potěšila                 2.0
potěšilo                 2.0
potěšení                 2.0
radost                   2.0
radosti                  2.0
radostí                  2.0
raduju se                2.0
raduji se                2.0
nadšení                  2.0
zážitek                  2.0
zážitky                  2.0
zážitkem                 2.0
nezapomenuteln*          2.0
funguje perfektně        1.8
funguje bez problémů     1.8
všechno funguje          1.8
funguje výborně          1.8
funguje spolehlivě       1.8
jde jako hodinky         1.8
šlape                    1.8
šlape jako hodinky       1.8
běží bez problémů        1.8
splňuje očekávání        1.8
splnilo očekávání        1.8
předčilo očekávání       1.8
přesně podle popisu      1.8
podle popisu             1.8
jako na obrázku          1.8
jako na fotce            1.8
už funguje               0.8
zase funguje             0.8
opět funguje             0.8
konečně funguje          0.8
jde to                   0.8
rychlé doručení          2.4
rychlé dodání            2.4
rychlá doprava           2.4
rychlá dodávka           2.4
rychlá reakce            2.4
rychlá odpověď           2.4
ochotný personál         2.4
milý personál            2.4
ochotná obsluha          2.4
milá obsluha             2.4
příjemná obsluha         2.4
skvělý přístup           2.4
profesionální přístup    2.4
vstřícný přístup         2.4
profesionálně            2.4
profesionální            2.4
profesionál              2.4
odborně                  2.4
ochota                   2.4
ochotou                  2.4
vstřícnost               2.4
bez problémů             2.4
bez problému             2.4
bezproblémově            2.4
vše v pořádku            2.4
všechno v pořádku        2.4
vše ok                   2.4
vše super                2.4
přišlo včas              2.4
přišlo rychle            2.4
dorazilo rychle          2.4
doručeno včas            2.4
dodrželi termín          2.4
včas                     1.0
v termínu                1.0
na čas                   1.0
vrátili peníze           2.0
peníze vráceny           2.0
reklamace uznána         2.0
uznali reklamaci         2.0
vyřešeno                 2.0
vyřešili                 2.0
vyřešil                  2.0
vyřešila                 2.0
problém vyřešen          2.0
vyhrál                   2.2
vyhrála                  2.2
vyhráli                  2.2
vyhráli jsme             2.2
vyhrát                   2.2
vyhrává                  2.2
vyhrávají                2.2
výhra                    2.2
výhry                    2.2
výhru                    2.2
výhrou                   2.2
vítězství                2.2
vítěz                    2.2
vítězové                 2.2
vítězka                  2.2
zvítězil                 2.2
zvítězila                2.2
zvítězili                2.2
triumf*                  2.2
šampion*                 2.2
mistr                    2.2
mistři                   2.2
mistrovsk*               2.2
zlatá medaile            2.2
medaile                  2.2
medaili                  2.2
postoupil                2.2
postoupili               2.2
postupujeme              2.2
rekord                   2.2
rekordn*                 2.2
vyhrála jsem             2.2
vyhrál jsem              2.2
úspěch                   2.0
úspěchu                  2.0
úspěchy                  2.0
úspěchem                 2.0
povedlo se               2.0
povedl se                2.0
povedla se               2.0
podařilo se              2.0
podařil se               2.0
podařila se              2.0
zvládl                   2.0
zvládla                  2.0
zvládli                  2.0
zvládli jsme             2.0
dokázal                  2.0
dokázala                 2.0
dokázali                 2.0
zasloužen*               2.0
zasloužil                2.0
zasloužila               2.0
zasloužili               2.0
zaslouží si              2.0
zaslouží                 2.0
zvu                      1.4
zveme                    1.4
pozvánka                 1.4
srdečně zveme            1.4
srdečně zvu              1.4
přijďte                  1.4
těšíme se na vás         1.4
těšíme se na vaši návštěvu 1.4
přeji                    1.6
přeju                    1.6
přejeme                  1.6
všechno nejlepší         1.6
vše nejlepší             1.6
všechno dobré            1.6
hodně štěstí             1.6
hodně zdraví             1.6
hodně úspěchů            1.6
hezký den                1.6
krásný den               1.6
příjemný den             1.6
hezký víkend             1.6
krásný víkend            1.6
příjemný víkend          1.6
dobrou chuť              1.6
dobrou noc               1.6
sladké sny               1.6
držím palce              1.6
držíme palce             1.6
veselé vánoce            1.6
šťastný nový rok         1.6
krásné svátky            1.6
klidné svátky            1.6
všechno nej              1.6
ahoj                     0.6
ahojte                   0.6
ahojky                   0.6
čau                      0.6
čauky                    0.6
čus                      0.6
nazdar                   0.6
zdravím                  0.6
zdravíme                 0.6
hello                    0.6
hi                       0.6
wow                      1.8
wau                      1.8
jů                       1.8
juchů                    1.8
jupí                     1.8
hurá                     1.8
hurá hurá                1.8
yes                      1.8
jo jo                    1.8
jojo                     1.8
super super              1.8
paráda paráda            1.8
haha                     1.2
hahaha                   1.2
hahahaha                 1.2
hehe                     1.2
hehehe                   1.2
hihi                     1.2
hihihi                   1.2
chichi                   1.2
chacha                   1.2
xd                       1.2
xdd                      1.2
xddd                     1.2
lol                      1.2
lmao                     1.2
rofl                     1.2
:p                       1.2
;p                       1.2
směju se                 1.6
směji se                 1.6
smála jsem se            1.6
smál jsem se             1.6
řehtám se                1.6
řehtal jsem se           1.6
smích                    1.6
smíchu                   1.6
smíchem                  1.6
úsměv                    1.6
úsměvu                   1.6
úsměvem                  1.6
usměvav*                 1.6
sranda                   1.6
srandy                   1.6
srandu                   1.6
legrace                  1.6
legrací                  1.6
zábava                   1.6
zábavy                   1.6
zábavou                  1.6
bavím se                 1.6
baví mě                  1.6
baví nás                 1.6
bavilo mě                1.6
bavilo nás               1.6
pobavil                  1.6
pobavila                 1.6
pobavilo                 1.6
pobavení                 1.6
štěstí                   2.2
štěstím                  2.2
šťastný                  2.2
šťastná                  2.2
šťastně                  2.2
blaženost                2.2
euforie                  2.2
klid                     1.6
klidu                    1.6
mírov*                   1.6
odpočinek                1.6
odpočinku                1.6
relax                    1.6
relaxu                   1.6
pohodu                   1.6
dovolená                 0.8
dovolenou                0.8
dovolené                 0.8
prázdniny                0.8
víkend                   0.8
víkendu                  0.8
sluníčko                 0.8
slunečno                 0.8
dárek                    1.4
dárky                    1.4
dárku                    1.4
dárkem                   1.4
odměna                   1.4
odměnu                   1.4
odměny                   1.4
ocenění                  1.4
ocenil                   1.4
ocenila                  1.4
ocenili                  1.4
oceňuji                  1.4
pochvala                 1.4
pochválit                1.4
pochválil                1.4
pochválila               1.4
chválím                  1.4
chválíme                 1.4
chvála                   1.4
kompliment               1.4
komplimenty              1.4
uznání                   1.4
obdivuji                 2.0
obdivuju                 2.0
obdiv                    2.0
obdivu                   2.0
respekt                  2.0
respektu                 2.0
úcta                     2.0
úctu                     2.0
vážím si                 2.0
vážíme si                2.0
důvěra                   2.0
důvěru                   2.0
důvěřuji                 2.0
hrdý                     2.0
hrdá                     2.0
hrdí                     2.0
hrdost                   2.0
jsem hrdý                2.0
jsem hrdá                2.0
naděje                   1.2
nadějí                   1.2
doufám                   1.2
doufáme                  1.2
optimismus               1.2
optimismu                1.2
zlepšení                 1.4
zlepšil                  1.4
zlepšila                 1.4
zlepšilo                 1.4
zlepšili                 1.4
zlepšuje                 1.4
zlepšujou                1.4
zlepšit                  1.4
zlepš*                   1.4
vylepšen*                1.4
vylepšil                 1.4
vylepšila                1.4
vylepšili                1.4
pokrok                   1.4
pokroku                  1.4
rozvoj                   1.4
rozvoje                  1.4
posun vpřed              1.4
oživení                  1.4
zachránil                1.8
zachránila               1.8
zachránili               1.8
záchrana                 1.8
záchranu                 1.8
uzdravil                 1.8
uzdravila                1.8
uzdravení                1.8
vyléčen*                 1.8
vyléčil                  1.8
přežil                   1.8
přežila                  1.8
přežili                  1.8
osvobodil                1.8
osvobodili               1.8
osvobození               1.8
přítel                   0.8
přátelé                  0.8
přátel                   0.8
kamarád                  0.8
kamarádi                 0.8
kamarádka                0.8
kámoš                    0.8
kámoška                  0.8
vyplatí se koupit        2.0
vyplatí se to            2.0
stojí to za to           2.0
nelituju                 2.0
nelituji                 2.0
nebudete litovat         2.0
nezklame                 2.0
nezklamal                2.0
nezklamala               2.0
nezklamalo               2.0
jsem spokojený           2.0
jsem spokojená           2.0
jsme spokojeni           2.0
jsem moc spokojený       2.0
jsem moc spokojená       2.0
maximálně spokojený      2.0
maximálně spokojená      2.0
spokojenost              2.0
spokojenosti             2.0
spokojeností             2.0
to nejlepší              2.5
nejlepší věc             2.5
nejlepší rozhodnutí      2.5
lepší to být nemůže      2.5
lepší to nejde           2.5
nemá chybu               2.5
nemělo chybu             2.5
nemá konkurenci          2.5
bez chyby                2.5
bez chybičky             2.5
nemám výhrady            2.5
nemám co vytknout        2.5
není co vytknout         2.5
nemám stížnosti          2.5
chutná                   1.6
chutnalo                 1.6
chutnal                  1.6
chutnala                 1.6
chutnají                 1.6
voňav*                   1.6
šťavnat*                 1.6
křupav*                  1.6
## --- verbs, nouns and phrases: negative
nedoporučuji             -2.6
nedoporučuju             -2.6
nedoporučujeme           -2.6
nikomu nedoporučuji      -2.6
nikomu nedoporučuju      -2.6
nedoporučuji nikomu      -2.6
varuji                   -2.6
varuju                   -2.6
varujeme                 -2.6
vyhněte se               -2.6
vyhnout se               -2.6
radši nekupujte          -2.6
nekupujte                -2.6
ruce pryč                -2.6
obloukem                 -2.6
velkým obloukem          -2.6
škoda peněz              -2.6
škoda času               -2.6
ztráta času              -2.6
ztráta peněz             -2.6
vyhozené peníze          -2.6
vyhozené peníze oknem    -2.6
nikdy víc                -3.0
už nikdy                 -3.0
už nikdy víc             -3.0
už nikdy nekoupím        -3.0
už nikdy neobjednám      -3.0
už nikdy nepoužiju       -3.0
víc nekoupím             -3.0
víc neobjednám           -3.0
naposledy                -3.0
poprvé a naposledy       -3.0
naposled                 -3.0
už ani nohou             -3.0
nenávidím                -2.6
nenávidí                 -2.6
nenáviděj                -2.6
nenávidět                -2.6
nenávist                 -2.6
nenávisti                -2.6
nenávistí                -2.6
nenávistn*               -2.6
nesnáším                 -2.6
nesnáší                  -2.6
nesnášíme                -2.6
nesnášej                 -2.6
nemůžu vystát            -2.6
nemohu vystát            -2.6
hnusí se mi              -2.6
štítím se                -2.6
hejt                     -2.6
hejty                    -2.6
hejter                   -2.6
hejteři                  -2.6
nelíbí se mi             -2.2
nelíbilo se mi           -2.2
nelíbil se mi            -2.2
nelíbila se mi           -2.2
nelíbí se nám            -2.2
není to pro mě           -2.2
nesedlo mi               -2.2
nesedl mi                -2.2
nesedla mi               -2.2
stěžuji si               -2.0
stěžuju si               -2.0
stížnost                 -2.0
stížnosti                -2.0
stěžovat                 -2.0
stěžuje                  -2.0
stěžujou                 -2.0
stěžovali                -2.0
reklamace                -2.0
reklamaci                -2.0
reklamovat               -2.0
reklamoval               -2.0
reklamovala              -2.0
reklamuji                -2.0
reklamuju                -2.0
zamítli reklamaci        -2.0
zamítnutá reklamace      -2.0
reklamace zamítnuta      -2.0
neuznali reklamaci       -2.0
výhrada                  -2.0
výhrady                  -2.0
výčitky                  -2.0
vyčítat                  -2.0
vyčítám                  -2.0
vytknout                 -2.0
vytýkám                  -2.0
kritika                  -2.0
kritiky                  -2.0
kritizuje                -2.0
kritizujou               -2.0
kritizoval               -2.0
zkritizoval              -2.0
vadí                     -1.5
vadí mi                  -1.5
vadilo                   -1.5
vadilo mi                -1.5
vadí nám                 -1.5
chybí                    -1.5
chybí mi                 -1.5
chyběl                   -1.5
chyběla                  -1.5
chybělo                  -1.5
mrzí mě                  -1.5
mrzí                     -1.5
mrzí nás                 -1.5
lituji                   -1.5
lituju                   -1.5
litujeme                 -1.5
litovat                  -1.5
škoda                    -1.5
škoda že                 -1.5
bohužel                  -1.5
naneštěstí               -1.5
žel                      -1.5
bohužel ne               -1.5
podvod                   -2.2
podvodu                  -2.2
podvody                  -2.2
podvodem                 -2.2
podvodník                -2.2
podvodníci               -2.2
podvodníků               -2.2
podvodn*                 -2.2
podvedl                  -2.2
podvedli                 -2.2
podvedla                 -2.2
oklamal                  -2.2
oklamali                 -2.2
oklamala                 -2.2
oklamaný                 -2.2
oklamaná                 -2.2
lež                      -2.2
lži                      -2.2
lží                      -2.2
lhář                     -2.2
lháři                    -2.2
lhářka                   -2.2
lžou                     -2.2
lhal                     -2.2
lhala                    -2.2
lhali                    -2.2
lživ*                    -2.2
zavádějící               -2.2
zavádí                   -2.2
zloděj                   -2.2
zloději                  -2.2
zlodějů                  -2.2
zlodějna                 -2.2
zlodějina                -2.2
krádež                   -2.2
krádeže                  -2.2
ukradl                   -2.2
ukradla                  -2.2
ukradli                  -2.2
kradou                   -2.2
krade                    -2.2
okradli                  -2.2
okradl                   -2.2
vytunelovali             -2.2
tunelování               -2.2
švindl                   -2.2
šmelina                  -2.2
machinace                -2.2
scam                     -2.2
podfuk                   -2.2
podraz                   -2.2
podrazy                  -2.2
podrazil                 -2.2
podrazili                -2.2
zlodějský                -2.2
zpoždění                 -2.2
zpožděn*                 -2.2
zpozdil                  -2.2
zpozdila                 -2.2
zpozdilo                 -2.2
zpozdili                 -2.2
opožděn*                 -2.2
nepřišlo                 -2.2
nepřišla                 -2.2
nepřišel                 -2.2
nedorazilo               -2.2
nedorazila               -2.2
nedoručen*               -2.2
nedoručili               -2.2
ztracená zásilka         -2.2
ztracený balík           -2.2
ztratili zásilku         -2.2
ztratili balík           -2.2
zásilka se ztratila      -2.2
balík se ztratil         -2.2
pořád čekám              -2.2
stále čekám              -2.2
furt čekám               -2.2
čekám už                 -2.2
čekám týden              -2.2
čekám měsíc              -2.2
čekám na odpověď         -2.2
čekám na vrácení peněz   -2.2
bez odpovědi             -2.2
žádná odpověď            -2.2
žádná reakce             -2.2
nikdo neodpovídá         -2.2
nikdo nereaguje          -2.2
nereagujete              -2.2
nereagují                -2.2
neodpovídáte             -2.2
neodpovídají             -2.2
neodpovídá               -2.2
nikdo to nebere          -2.2
nikdo nebere telefon     -2.2
nedovolám se             -2.2
nelze se dovolat         -2.2
čekání na lince          -2.2
zrušen*                  -2.4
zrušili                  -2.4
zrušil                   -2.4
zrušila                  -2.4
storno                   -2.4
stornovali               -2.4
stornovaná objednávka    -2.4
zrušená objednávka       -2.4
zrušený let              -2.4
nevrátili peníze         -2.4
nevrácené peníze         -2.4
peníze nevrátili         -2.4
strhli dvakrát           -2.4
strhli mi                -2.4
naúčtovali               -2.4
přeúčtovali              -2.4
skryté poplatky          -2.4
poplatky navíc           -2.4
zbytečné poplatky        -2.4
nesmyslné poplatky       -2.4
přeplatek nevrátili      -2.4
nedoplatek               -2.4
vyúčtování nesedí        -2.4
špatné vyúčtování        -2.4
chybné vyúčtování        -2.4
špatná obsluha           -2.2
hrozná obsluha           -2.2
nepříjemná obsluha       -2.2
neochotná obsluha        -2.2
drzá obsluha             -2.2
arogantní obsluha        -2.2
hrozný přístup           -2.2
špatný přístup           -2.2
otřesný přístup          -2.2
arogantní přístup        -2.2
neochotný personál       -2.2
nepříjemný personál      -2.2
drzý personál            -2.2
přehazujou si mě         -2.2
přehazují si mě          -2.2
ignorujou                -2.2
ignorují                 -2.2
ignoruje                 -2.2
ignorovali               -2.2
odbyli mě                -2.2
kašlou na zákazníka      -2.2
kašlou na to             -2.2
kašlou na nás            -2.2
serou na zákazníka       -2.2
serou na nás             -2.2
nezajímá je to           -2.2
nikoho to nezajímá       -2.2
prohrál                  -2.0
prohrála                 -2.0
prohráli                 -2.0
prohráli jsme            -2.0
prohra                   -2.0
prohry                   -2.0
prohrou                  -2.0
porážka                  -2.0
porážky                  -2.0
porážkou                 -2.0
neúspěch                 -2.0
neúspěchu                -2.0
neúspěchy                -2.0
selhání                  -2.0
selhal                   -2.0
selhala                  -2.0
selhali                  -2.0
selhává                  -2.0
vypadl                   -2.0
vypadli                  -2.0
vypadli jsme             -2.0
krach                    -2.0
krachu                   -2.0
bankrot                  -2.0
zkrachoval               -2.0
zkrachovala              -2.0
pokles                   -2.0
poklesu                  -2.0
poklesl                  -2.0
klesl                    -2.0
klesla                   -2.0
klesli                   -2.0
ztráta                   -2.0
ztráty                   -2.0
ztrátu                   -2.0
ztratil                  -2.0
ztratila                 -2.0
ztratili                 -2.0
přišel o                 -2.0
přišla o                 -2.0
přišli o                 -2.0
hněv                     -2.2
hněvu                    -2.2
zlost                    -2.2
zlosti                   -2.2
zlostí                   -2.2
zuřivost                 -2.2
frustrace                -2.2
naštvanost               -2.2
mám toho dost            -2.2
už mám dost              -2.2
je toho dost             -2.2
už toho bylo dost        -2.2
dost bylo                -2.2
to mě štve               -2.2
to mě sere               -2.2
to mě nasírá             -2.2
to mě rozčiluje          -2.2
rozčiluje mě             -2.2
rozčiluje                -2.2
rozčilujou               -2.2
nervy                    -2.2
nervů                    -2.2
na nervy                 -2.2
brečím                   -2.0
brečí                    -2.0
brečet                   -2.0
brečela jsem             -2.0
pláče                    -2.0
plakat                   -2.0
slzy                     -2.0
slz                      -2.0
slzami                   -2.0
ach jo                   -2.0
achjo                    -2.0
jejda                    -2.0
ajaj                     -2.0
au                       -2.0
auvajs                   -2.0
eh                       -2.0
ehh                      -2.0
bída                     -2.0
trápení                  -2.0
trápím se                -2.0
trápí mě                 -2.0
trápí                    -2.0
osamělý                  -2.6
osamělá                  -2.6
osamělost                -2.6
opuštěn*                 -2.6
zradil                   -2.6
zradila                  -2.6
zradili                  -2.6
zrada                    -2.6
zrady                    -2.6
zrádce                   -2.6
zrádci                   -2.6
vražda                   -2.8
vraždy                   -2.8
vraždu                   -2.8
vrah                     -2.8
vrazi                    -2.8
zavraždil                -2.8
zavraždili               -2.8
zavražděn*               -2.8
zabil                    -2.8
zabila                   -2.8
zabili                   -2.8
zabit*                   -2.8
zemřel                   -2.8
zemřela                  -2.8
zemřeli                  -2.8
umřel                    -2.8
umřela                   -2.8
umřeli                   -2.8
zahynul                  -2.8
zahynula                 -2.8
zahynuli                 -2.8
oběti                    -2.8
obětí                    -2.8
obětmi                   -2.8
smrt                     -2.8
smrti                    -2.8
smrtí                    -2.8
úmrtí                    -2.8
mrtvý                    -2.8
mrtvá                    -2.8
mrtví                    -2.8
mrtvých                  -2.8
pohřeb                   -2.8
pohřbu                   -2.8
smuteční                 -2.8
tragicky                 -2.8
tragická nehoda          -2.8
upřímnou soustrast       -2.8
soustrast                -2.8
rip                      -2.8
válka                    -2.4
války                    -2.4
válce                    -2.4
válkou                   -2.4
válečn*                  -2.4
útok                     -2.4
útoku                    -2.4
útoky                    -2.4
útokem                   -2.4
zaútočil                 -2.4
zaútočili                -2.4
napaden*                 -2.4
atentát                  -2.4
atentátu                 -2.4
terorist*                -2.4
terorismus               -2.4
teror                    -2.4
bombardován*             -2.4
bombardovali             -2.4
ostřelován*              -2.4
ostřelování              -2.4
invaze                   -2.4
agrese                   -2.4
agresor                  -2.4
agresivn*                -2.4
násilí                   -2.4
násiln*                  -2.4
okupace                  -2.4
genocida                 -2.4
masakr                   -2.4
masakru                  -2.4
poprava                  -2.4
popravy                  -2.4
mučení                   -2.4
mučili                   -2.4
únos                     -2.4
únosu                    -2.4
rukojmí                  -2.4
nepokoje                 -2.4
sestřelen*               -2.4
sestřelili               -2.4
bitka                    -2.4
rvačka                   -2.4
rvačky                   -2.4
krize                    -2.0
krizí                    -2.0
recese                   -2.0
nezaměstnanost           -2.0
nezaměstnanosti          -2.0
chudoba                  -2.0
chudoby                  -2.0
hlad                     -2.0
hladu                    -2.0
inflace                  -2.0
zdražování               -2.0
dluh                     -2.0
dluhy                    -2.0
dluhu                    -2.0
dluhů                    -2.0
deficit                  -2.0
škrty                    -2.0
propouštění              -2.0
propustili               -2.0
likvidace                -2.0
konkurz                  -2.0
exekuce                  -2.0
exekutor                 -2.0
exekutoři                -2.0
sankce                   -2.0
embargo                  -2.0
blokáda                  -2.0
korupce                  -2.2
korupční                 -2.2
úplatek                  -2.2
úplatky                  -2.2
úplatků                  -2.2
úplatkář*                -2.2
podplácení               -2.2
zpronevěra               -2.2
zneužití                 -2.2
zneužil                  -2.2
zneužili                 -2.2
zneužívání               -2.2
zneužívají               -2.2
trestný čin              -2.2
trestné činy             -2.2
zločin                   -2.2
zločinu                  -2.2
zločiny                  -2.2
zločinec                 -2.2
zločinci                 -2.2
zločinn*                 -2.2
mafie                    -2.2
mafián*                  -2.2
gauner                   -2.2
gauneři                  -2.2
bandita                  -2.2
banditi                  -2.2
loupež                   -2.2
vloupání                 -2.2
přepadení                -2.2
zbil                     -2.2
zbili                    -2.2
zbitý                    -2.2
zbitá                    -2.2
znásilněn*               -2.2
znásilnil                -2.2
obtěžování               -2.2
pedofil*                 -2.2
kauza                    -2.2
kauzy                    -2.2
kauzu                    -2.2
skandál                  -2.2
skandálu                 -2.2
skandály                 -2.2
skandáln*                -2.2
aféra                    -2.2
aféry                    -2.2
aféru                    -2.2
protest                  -1.6
protestu                 -1.6
protesty                 -1.6
protestů                 -1.6
protestujeme             -1.6
stávka                   -1.6
stávky                   -1.6
odpor                    -1.6
nesouhlas                -1.6
nesouhlasím              -1.6
nesouhlasíme             -1.6
odsoudil                 -1.6
odsoudila                -1.6
odsoudili                -1.6
odsuzuji                 -1.6
odsuzujeme               -1.6
obvinil                  -1.6
obvinili                 -1.6
obvinění                 -1.6
obviněn*                 -1.6
obžalob*                 -1.6
obžalovan*               -1.6
žaloba                   -1.6
žaloby                   -1.6
žaluje                   -1.6
odsouzen*                -1.6
vězení                   -1.6
zatčen*                  -1.6
zatkli                   -1.6
zadrželi                 -1.6
zadržen*                 -1.6
nehoda                   -2.0
nehody                   -2.0
nehodu                   -2.0
nehod                    -2.0
havárie                  -2.0
havárii                  -2.0
srazil                   -2.0
srazila                  -2.0
požár                    -2.0
požáru                   -2.0
požáry                   -2.0
vyhořel                  -2.0
vyhořela                 -2.0
povodeň                  -2.0
povodně                  -2.0
povodní                  -2.0
záplavy                  -2.0
vichřice                 -2.0
bouřka                   -2.0
bouřky                   -2.0
krupobití                -2.0
zemětřesení              -2.0
lavina                   -2.0
epidemie                 -2.0
pandemie                 -2.0
virus                    -2.0
viru                     -2.0
infekce                  -2.0
nakažen*                 -2.0
ebola                    -2.0
rakovina                 -2.0
rakoviny                 -2.0
nádor                    -2.0
infarkt                  -2.0
mrtvice                  -2.0
zraněn*                  -2.0
zranil                   -2.0
zranila                  -2.0
zranili                  -2.0
poraněn*                 -2.0
evakuace                 -2.0
evakuovali               -2.0
evakuován*               -2.0
hrozba                   -1.8
hrozby                   -1.8
hrozbou                  -1.8
hrozí                    -1.8
výhrůžky                 -1.8
vyhrožuje                -1.8
vyhrožoval               -1.8
vyhrožovat               -1.8
vyhrožovat soudem        -1.8
ohrožen*                 -1.8
ohrožuje                 -1.8
ohrožujou                -1.8
riziko                   -1.8
rizika                   -1.8
rizik                    -1.8
riskantn*                -1.8
nebezpečí                -1.8
varování                 -1.8
poplach                  -1.8
panika                   -1.8
paniky                   -1.8
panikaří                 -1.8
utrpení                  -1.8
trpí                     -1.8
trpěj                    -1.8
trpět                    -1.8
bolest                   -1.8
bolesti                  -1.8
bolestiv*                -1.8
muka                     -1.8
trauma                   -1.8
traumata                 -1.8
traumatick*              -1.8
beznaděj                 -1.8
stres                    -1.8
stresu                   -1.8
stresuje                 -1.8
stresující               -1.8
stresovan*               -1.8
úzkost                   -1.8
úzkosti                  -1.8
nespokojen*              -1.5
nespokojenost            -1.5
nespokojenosti           -1.5
nespravedliv*            -1.5
nespravedlnost           -1.5
nejistý                  -1.5
nejistá                  -1.5
nejisté                  -1.5
nejistota                -1.5
nejistoty                -1.5
nestabiln*               -1.5
nedůvěr*                 -1.5
nedostatek               -1.5
nedostatky               -1.5
nedostatků               -1.5
nedostatečn*             -1.5
nedorozumění             -1.5
nevýhoda                 -1.5
nevýhody                 -1.5
nevýhodn*                -1.5
nedomyšlen*              -1.5
nedotažen*               -1.5
nedokončen*              -1.5
nekompletn*              -1.5
neaktuáln*               -1.5
nefér                    -1.5
problém                  -2.0
problémy                 -2.0
problému                 -2.0
problémem                -2.0
problémů                 -2.0
problematick*            -2.0
potíže                   -2.0
potíží                   -2.0
komplikace               -2.0
porucha                  -2.0
poruchy                  -2.0
poruchu                  -2.0
poruchou                 -2.0
chyba                    -2.0
chyby                    -2.0
chybu                    -2.0
chybou                   -2.0
chyb                     -2.0
bug                      -2.0
bugy                     -2.0
závada                   -2.0
závady                   -2.0
závadu                   -2.0
vada                     -2.0
vady                     -2.0
vadu                     -2.0
defekt                   -2.0
výpadek                  -2.0
výpadky                  -2.0
výpadku                  -2.0
nefunkčnost              -2.0
stydím se                -2.3
styďte se                -2.3
stydět by se měli        -2.3
hanebn*                  -2.3
trapn*                   -2.3
trapně                   -2.3
trapnost                 -2.3
posměch                  -2.3
zesměšnil                -2.3
zesměšnila               -2.3
zesměšnění               -2.3
cirkus                   -2.3
cirkusu                  -2.3
fraška                   -2.3
frašky                   -2.3
parodie                  -2.3
šaškárna                 -2.3
šašek                    -2.3
šašci                    -2.3
klaun                    -2.3
klauni                   -2.3
humus                    -2.0
jako pěst na oko         -2.0
k pláči                  -2.0
na pláč                  -2.0
dno                      -2.0
úplné dno                -2.0
totální dno              -2.0
dno dna                  -2.0
pod psa                  -2.0
pod úroveň               -2.0
pod úrovní               -2.0
pod kritiku              -2.0
nestojí za nic           -2.0
nestojí to za nic        -2.0
nestojí to za to         -2.0
nestojí za řeč           -2.0
směšné                   -2.0
směšný                   -2.0
směšná                   -2.0
směšně drahé             -2.0
pokrytec                 -2.4
pokrytci                 -2.4
pokrytectví              -2.4
pokrytecký               -2.4
manipulace               -2.4
manipuluje               -2.4
manipulujou              -2.4
propaganda               -2.4
propagandy               -2.4
propagandist*            -2.4
hoax                     -2.4
hoaxy                    -2.4
dezinformac*             -2.4
konspirace               -2.4
konspiračn*              -2.4
fake                     -2.4
fejk                     -2.4
fejky                    -2.4
bludy                    -2.4
tlachání                 -2.4
plácá                    -2.4
plácaj                   -2.4
kecy                     -2.4
kecá                     -2.4
kecaj                    -2.4
kecají                   -2.4
žvásty                   -2.4
blábol                   -2.4
bláboly                  -2.4
blábolí                  -2.4
žvanění                  -2.4
žvaní                    -2.4
zvracet                  -2.4
zvracím                  -2.4
blinkat                  -2.4
na blití                 -2.4
na zvracení              -2.4
je mi špatně             -2.4
je mi z toho špatně      -2.4
je mi blbě               -2.4
zvedá se mi žaludek      -2.4
fuj to je                -2.4
unavený                  -1.2
unavená                  -1.2
ospalý                   -1.2
ospalá                   -1.2
nevyspal*                -1.2
nevyspaný                -1.2
nevyspaná                -1.2
zácpa                    -1.2
kolona                   -1.2
kolony                   -1.2
pondělí                  -0.6
déšť                     -0.6
deště                    -0.6
mráz                     -0.6
vedro                    -0.6
vedra                    -0.6
rasismus                 -2.0
rasista                  -2.0
rasisti                  -2.0
rasistick*               -2.0
xenofob*                 -2.0
antisemit*               -2.0
homofob*                 -2.0
nacismus                 -2.0
nacista                  -2.0
nacisti                  -2.0
nacistick*               -2.0
fašismus                 -2.0
fašista                  -2.0
fašisti                  -2.0
fašistick*               -2.0
extrémist*               -2.0
extremism*               -2.0
diskriminace             -2.0
ponižování               -2.0
ponižující               -2.0
ponížen*                 -2.0
šikana                   -2.0
šikanování               -2.0
šikanuje                 -2.0
## --- idioms and constructions whose sentiment differs from their words
není to dobré            -1.8
není dobrý               -1.8
není dobrá               -1.8
není dobré               -1.8
není to ono              -1.8
není to ideální          -1.8
ne zrovna                -1.8
ne úplně                 -1.8
ne moc                   -1.8
ne příliš                -1.8
nic dobrého              -1.8
nic pěkného              -1.8
nijak zvlášť             -1.8
nic moc teda             -1.8
není to špatné           1.6
není špatný              1.6
není špatná              1.6
není špatné              1.6
není to tak špatné       1.6
není to nejhorší         1.6
nestěžuji si             1.6
nestěžuju si             1.6
nemůžu si stěžovat       1.6
nemohu si stěžovat       1.6
nemám si na co stěžovat  1.6
nemám problém            1.6
žádný problém            1.6
žádné problémy           1.6
bez potíží               1.6
bez komplikací           1.6
bez výhrad               1.6
bez chyb                 1.6
nemůžu si vynachválit    2.2
nemohu si vynachválit    2.2
nemůžu se dočkat         2.2
nemohu se dočkat         2.2
stojí za každou korunu   2.2
stálo za každou korunu   2.2
každá koruna se vyplatí  2.2
ani za nic               -2.2
ani za milion            -2.2
ani zadarmo              -2.2
ani náhodou              -2.2
ani omylem               -2.2
nikomu to nepřeju        -2.2
nepřeju to ani nepříteli -2.2
to snad ne               -2.2
to snad nemyslíte vážně  -2.2
to snad není pravda      -2.2
to nemyslíte vážně       -2.2
to je vrchol             -2.2
vrchol drzosti           -2.2
to je výsměch            -2.2
to je směšné             -2.2
na hlavu                 -2.2
na hlavu postavené       -2.2
to je síla               -2.2
to je teda síla          -2.2
vyhozené z okna          -1.8
házet hrách na stěnu     -1.8
jako hrách na stěnu      -1.8
z bláta do louže         -1.8
od desíti k pěti         -1.8
jde to z kopce           -1.8
z kopce                  -1.8
k ničemu to není         -1.8
je to k ničemu           -1.8
na nic                   -1.8
je to na nic             -1.8
na houby                 -1.8
za trest                 -1.8
s odřenýma ušima         -1.8
na poslední chvíli       -1.8
ani pes by to nežral     -1.8
kočka v pytli            -1.8
koupit zajíce v pytli    -1.8
zajíc v pytli            -1.8
je to v háji             -1.8
v háji                   -1.8
v čudu                   -1.8
v tahu                   -1.8
do háje zelenýho         -1.8
jako po másle            1.8
jde to jako po másle     1.8
jako z pohádky           1.8
jako v pohádce           1.8
v sedmém nebi            1.8
trefa do černého         1.8
trefil do černého        1.8
trefila do černého       1.8
dobrá práce              1.8
skvělá práce             1.8
výborná práce            1.8
kus dobré práce          1.8
kus poctivé práce        1.8
zlaté ruce               1.8
zlaté srdce              1.8
zlatý člověk             1.8
od srdce                 1.8
ze srdce                 1.8
s láskou                 1.8
srdcovka                 1.8
dá se to                 1.2
dá se to použít          1.2
celkem dobré             1.2
celkem dobrý             1.2
celkem dobrá             1.2
celkem fajn              1.2
celkem ok                1.2
docela dobré             1.2
docela dobrý             1.2
docela dobrá             1.2
docela fajn              1.2
docela ok                1.2
docela slušné            1.2
vcelku dobré             1.2
vcelku spokojený         1.2
vcelku spokojená         1.2
jakž takž                1.2
co to má být             -1.6
co je tohle za           -1.6
co jsou to za lidi       -1.6
to si děláte srandu      -1.6
děláte si srandu         -1.6
děláte si ze mě srandu   -1.6
to je vtip               -1.6
špatnej vtip             -1.6
špatný vtip              -1.6
zlý sen                  -1.6
k čemu to je             -1.6
k čemu je to dobré       -1.6
kdo to vymyslel          -1.6
kdo to vymýšlí           -1.6
jak je to možné          -1.6
jak je možné             -1.6
jak můžou                -1.6
jak mohou                -1.6
tak tohle ne             -1.6
tohle ne                 -1.6
no comment               -1.6
bez komentáře            -1.6
ruce mi klesly           -1.6
nemám slov               -1.6
nemám slova              -1.6
slova nestačí            -1.6
přetekl pohár            -1.8
poslední kapka           -1.8
přehnali to              -1.8
přehnal to               -1.8
přehnala to              -1.8
přehnané                 -1.8
je to přehnané           -1.8
přestřelené              -1.8
přehánějí                -1.8
překročení               -1.8
zneužívá                 -1.8

## --- English loans common in Czech social media
love                     2.4
lovely                   2.4
cool                     2.4
awesome                  2.4
amazing                  2.4
perfect                  2.4
great                    2.4
the best                 2.4
happy                    2.4
win                      2.4
epic                     2.4
yay                      2.4
yeah                     2.4
congrats                 2.4
gj                       2.4
gg                       2.4
good job                 2.4
well done                2.4
respect                  2.4
sweet                    2.4
cute                     2.4
fail                     -2.2
epic fail                -2.2
bad                      -2.2
worst                    -2.2
hate                     -2.2
sucks                    -2.2
ffs                      -2.2
facepalm                 -2.2
ugh                      -2.2
damn                     -2.2
crap                     -2.2
lame                     -2.2
boring                   -2.2
## --- more families (prefix entries) and verb forms
vražd*                   -2.4
zavraždi*                -2.4
zabil*                   -2.4
zemřel*                  -2.4
umřel*                   -2.4
zahynul*                 -2.4
mučil*                   -2.4
mučen*                   -2.4
týral*                   -2.4
týrán*                   -2.4
zneužíval*               -2.4
zbil*                    -2.4
zranil*                  -2.4
vyhořel*                 -2.4
shořel*                  -2.4
úmrt*                    -2.4
popravil*                -2.4
ostřel*                  -2.4
sestřel*                 -2.4
agres*                   -2.4
loupež*                  -2.4
vloupal*                 -2.4
vykradl*                 -2.4
okradl*                  -2.4
podvád*                  -2.4
podvedl*                 -2.4
oklamal*                 -2.4
lhal*                    -2.4
selhal*                  -2.4
selháv*                  -2.4
podceňuj*                -1.5
podcenil*                -1.5
zanedbáv*                -1.5
zanedbal*                -1.5
zanedban*                -1.5
ignoroval*               -1.5
odmítl                   -1.5
odmítla                  -1.5
odmítli                  -1.5
odmítnut*                -1.5
zamítl                   -1.5
zamítla                  -1.5
zamítli                  -1.5
zamítnut*                -1.5
zakázal*                 -1.5
zákaz                    -1.5
zákazu                   -1.5
zákazy                   -1.5
omezení                  -1.5
omezen*                  -1.5
sankcion*                -1.5
obludn*                  -2.2
úchyln*                  -2.2
zvrhl*                   -2.2
zvrácen*                 -2.2
perverzn*                -2.2
choré                    -2.2
šílenství                -2.2
blázinec                 -2.2
magořina                 -2.2
cvok                     -2.2
cvoci                    -2.2
drsn*                    -1.2
nekompromisn*            -1.2
krutě                    -1.2
nemilosrdn*              -1.2
inspir*                  1.6
nadchl                   1.6
nadchla                  1.6
nadchli                  1.6
nadchlo                  1.6
nadchne                  1.6
nadchnul*                1.6
okouzlil*                1.6
okouzlen*                1.6
zaujal                   1.6
zaujala                  1.6
zaujalo                  1.6
zaujali                  1.6
bodoval*                 1.6
boduje                   1.6
povedlo                  1.6
povedl                   1.6
povedla                  1.6
povedený                 1.6
povedená                 1.6
povedené                 1.6
vydařen*                 1.6
vydařil*                 1.6
hrav*                    1.6
zase nic                 -1.4
pořád nic                -1.4
furt nic                 -1.4
zas nic                  -1.4
do teď nic               -1.4
dodnes nic               -1.4
opět nic                 -1.4
zase to samý             -1.4
zase to samé             -1.4
pořád to samé            -1.4
jako vždy                -1.4
jako obvykle             -1.4
jako každý rok           -1.4
už zase                  -1.4
tyranie                  -1.6
tyran                    -1.6
tyrani                   -1.6
diktatur*                -1.6
diktátor*                -1.6
totalit*                 -1.6
represe                  -1.6
perzekuc*                -1.6
útlak                    -1.6
útlaku                   -1.6
utlačován*               -1.6
okupant*                 -1.6
cenzur*                  -1.6
chřipk*                  -1.8
nachlazen*               -1.8
nastydl*                 -1.8
horečk*                  -1.8
bolí mě hlava            -1.8
bolí mě                  -1.8
bolej mě                 -1.8
migréna                  -1.8
migrény                  -1.8
kašel                    -1.8
rýma                     -1.8
průjem                   -1.8
nevolnost                -1.8
je mi zle                -1.8
kocovina                 -1.8
kocovinu                 -1.8
konečně                  1.6
konečně to               1.6
konečně něco             1.6
hurá konečně             1.6
díky bohu                1.6
bohudík                  1.6
chvála bohu              1.6
zaplaťpánbůh             1.6
soutěže                  1.6
soutěžte                 1.6
soutěžíme                1.6
vyhrajte                 1.6
vyhraj                   1.6
můžete vyhrát            1.6
hrajeme o                1.6
darujeme                 1.6
rozdáváme                1.6
rozdávám                 1.6
zdarma pro               1.6
bonus                    1.6
bonusy                   1.6
dárek pro                1.6
objetí                   1.6
objímám                  1.6
pusa                     1.6
pusu                     1.6
pusinka                  1.6
polibek                  1.6
polibky                  1.6
líbám                    1.6
posílám pusu             1.6
miluju tě                1.6
miluji tě                1.6
miluju vás               1.6
love you                 1.6
lajk                     1.6
lajky                    1.6
dávám lajk               1.6
lajkuju                  1.6
dala bych si             1.6
dal bych si              1.6
to bych si dal           1.6
to bych si dala          1.6
dojemn*                  1.4
dojal                    1.4
dojala                   1.4
dojalo                   1.4
slza v oku               1.4
slzy štěstí              1.4
magick*                  1.4
magie                    1.4
kouzeln*                 1.4
čarovn*                  1.4
malebn*                  1.4
romantick*               1.4
atmosférick*             1.4
roztomilost              1.4
motivace                 1.2
motivuje                 1.2
motivující               1.2
motivovan*               1.2
plný energie             1.2
plná energie             1.2
pozitivní energie        1.2
vášeň                    1.2
vášně                    1.2
vášní                    1.2
vášniv*                  1.2
nadšenec                 1.2
nadšenci                 1.2
entuziasmus              1.2
zapálený                 1.2
zapálená                 1.2
angažovan*               1.2
vyžírk*                  -1.8
příživník*               -1.8
líný                     -1.8
líná                     -1.8
líní                     -1.8
lenoch*                  -1.8
flákač*                  -1.8
zbaběl*                  -1.8
slaboch*                 -1.8
chudák                   -1.8
chudáci                  -1.8
chudáček                 -1.8
nešťastník               -1.8
ubožák*                  -1.8
ubohý                    -1.8
ubohá                    -1.8
ubohé                    -1.8
lůzr                     -1.8
lůzři                    -1.8
looser                   -1.8
loser                    -1.8
naprostá nula            -1.8
nemehlo                  -1.8
nemehl*                  -1.8
neschopn*                -1.8
neschopnost              -1.8
neschopák                -1.8
neschopáci               -1.8
mamlas*                  -1.8
nenažran*                -1.8
osel                     -1.8
osle                     -1.8
oslové                   -1.8
vůl jeden                -1.8
ty vole ty               -1.8
blbeček                  -1.8
blbečku                  -1.8
trouba                   -1.8
troubo                   -1.8
tupec                    -1.8
tupci                    -1.8
tupý                     -1.8
tupá                     -1.8
tupé                     -1.8
buran*                   -1.8
hulvát*                  -1.8
sprosťák*                -1.8
chudý                    -1.6
chudá                    -1.6
chudí                    -1.6
bez peněz                -1.6
nemám peníze             -1.6
nemám na to              -1.6
nemám čas                -1.6
nestíhám                 -1.6
nestíháme                -1.6
zmeškal                  -1.6
zmeškala                 -1.6
zaspal jsem              -1.6
zaspala jsem             -1.6
zapomněl jsem            -1.6
zapomněla jsem           -1.6
ztratil jsem             -1.6
ztratila jsem            -1.6
nedůvěřiv*               -1.6
nedůvěryhodn*            -1.6
nevěřím                  -1.6
nevěřím tomu             -1.6
podezření                -1.6
podezírám                -1.6
pochybuju                -1.6
pochybuji                -1.6
pochybnosti              -1.6
pochybnost               -1.6
skeptick*                -1.6
skepse                   -1.6
věřím                    1.4
věříme                   1.4
důvěřuju                 1.4
důvěřujeme               1.4
spolehnout se            1.4
můžu se spolehnout       1.4
lze se spolehnout        1.4
nerozumím                -1.4
nechápu                  -1.4
nechápeme                -1.4
nechápu proč             -1.4
nepochopiteln*           -1.4
nevysvětliteln*          -1.4
o co jde                 -1.4
co se děje               -1.4
co se to děje            -1.4
divné                    -1.4
divný                    -1.4
divná                    -1.4
divím se                 -1.4
překvapivě špatně        -1.4
překvapen*               1.0
překvapení               1.0
překvapil                1.0
překvapila               1.0
překvapilo               1.0
milé překvapení          1.0
příjemné překvapení      1.0
pozitivně překvapen*     1.0
chybíš mi                -1.0
chybíte mi               -1.0
je mi líto               -1.0
je mi to líto            -1.0
lituju toho              -1.0
škoda ho                 -1.0
škoda jí                 -1.0
omyl                     -1.5
omylu                    -1.5
omylem                   -1.5
spletl                   -1.5
spletla                  -1.5
spletli                  -1.5
faux pas                 -1.5
přešlap                  -1.5
přešlapy                 -1.5
překlep                  -1.5
překlepy                 -1.5
hrubka                   -1.5
hrubky                   -1.5
gramatická chyba         -1.5
výbuch                   -1.8
výbuchu                  -1.8
exploze                  -1.8
zničení                  -1.8
škody                    -1.8
škod                     -1.8
škodami                  -1.8
trosky                   -1.8
ruiny                    -1.8
sutiny                   -1.8
zdevastovan*             -1.8
devastac*                -1.8
devastující              -1.8
tlustý                   -1.2
tlustá                   -1.2
obézn*                   -1.2
obezita                  -1.2
přibral jsem             -1.2
přibrala jsem            -1.2
nadváha                  -1.2
leje                     -1.0
sněží                    -1.0
mlha                     -1.0
mlhy                     -1.0
pošmourn*                -1.0
uplakan*                 -1.0
sychrav*                 -1.0
zima je                  -1.0
je zima                  -1.0
nechce se mi             -1.0
už nechci                -1.8
nezajímá mě              -1.8
nezajímá nás             -1.8
na to kašlu              -1.8
kašlu na to              -1.8
seru na to               -1.8
je mi to jedno           -1.8
je mi to fuk             -1.8
fuk                      -1.8

## --- forms that cannot be single entries because their stems meet unrelated words
nemám rád                -1.8
nemám ráda               -1.8
nemáme rádi              -1.8
nemá rád                 -1.8
nemá ráda                -1.8
nemají rádi              -1.8
nejsem rád               -1.8
nejsem ráda              -1.8
mám ho rád               1.9
mám ji rád               1.9
mám je rád               1.9
mám tě rád               1.9
mám tě ráda              1.9
mám vás rád              1.9
moc rád                  1.9
moc ráda                 1.9
rád bych                 1.9
ráda bych                1.9
bylo to super            1.9
bylo to skvělé           1.9
bylo to úžasné           1.9
bylo to výborné          1.9
bylo to krásné           1.9
bylo to fajn             1.9
moc mě to mrzí           -1.0

## --- politeness formulas: plain thanks are mild (customer-care questions end with them)
děkuji                   1.5
děkuju                   1.5
děkujem                  1.5
děkujeme                 1.5
díky                     1.5
díík                     1.5
dík                      1.5
diky                     1.5
dikes                    1.5
díkec                    1.5
děkuje                   1.5
thx                      1.5
thanks                   1.5
děkuji za info           0.8
díky za info             0.8
děkuji za odpověď        0.8
děkuju za odpověď        0.8
díky za odpověď          0.8
předem děkuji            0.8
předem díky              0.8
děkuji předem            0.8
funguje                  0.5
nestihl                  -0.8
nestihla                 -0.8
nestihli                 -0.8
nedostupn*               -1.2
není dostupn*            -1.2
nejde se připojit        -1.2
nelze se připojit        -1.2
nejde přihlásit          -1.2
nelze přihlásit          -1.2
## --- further everyday evaluative words
proboha                  -1.5
pro boha                 -1.5
panebože                 -1.5
pane bože                -1.5
ježiš                    -1.5
ježišmarja               -1.5
ježíšmarjá               -1.5
bože můj                 -1.5
můj bože                 -1.5
kristepane               -1.5
srágora                  -1.8
srágory                  -1.8
prkotin*                 -1.8
plky                     -1.8
kecy v kleci             -1.8
mlží                     -1.8
mlžení                   -1.8
oberou                   -1.8
obrali                   -1.8
kartel                   -1.8
kartelu                  -1.8
diskrimin*               -1.8
slepej                   -1.8
slepý jak                -1.8
velký kulový             -1.8
houby s octem            -1.8
žádná sláva              -1.8
skutek utek              -1.8
med kolem huby           -1.8
sliby chyby              -1.8
slibem nezarmoutíš       -1.8
nepochopil*              -1.8
kolísá                   -1.8
kolísavý                 -1.8
kolísavé                 -1.8
nestabilní               -1.8
padá to                  -1.8
spadl mi                 -1.8
spadla mi                -1.8
dražší                   -1.0
nejdražší                -1.0
dražší než               -1.0
nejdražší volání         -1.0
vysoká cena              -1.0
vysoké poplatky          -1.0
poplatek                 -1.0
poplatky                 -1.0
penále                   -1.0
pokuta                   -1.0
pokuty                   -1.0
pokutu                   -1.0
sankční poplatek         -1.0
odezva žádná             -1.5
žádná odezva             -1.5
odpověď žádná            -1.5
nikdo nic                -1.5
nic se neděje            -1.5
stále nic                -1.5
nic nepřišlo             -1.5
nic nedorazilo           -1.5
nic nefunguje            -1.5
vůbec nic                -1.5
vůbec nefunguje          -1.5
vůbec nejde              -1.5
ani jednou               -1.5

jednoduchý               1.0
jednoduchá               1.0
jednoduché               1.0
jednodušší               1.0
odborník                 1.0
odborníci                1.0
pomohli                  1.0
pomohl                   1.0
pomohla                  1.0
pomohlo                  1.0
podporuji                1.0
podporujeme              1.0
voní krásně              1.0
krásně voní              1.0
nádherně voní            1.0
pohřb*                   -1.8
rozloučili se s          -1.8
poslední rozloučení      -1.8
otřes mozku              -1.8
krvav*                   -1.8
vydírá*                  -1.8
vydíral*                 -1.8
vydírání                 -1.8
pobouřil*                -1.8
pobouření                -1.8
zkomplikoval*            -1.8
strašák*                 -1.8
psychopat*               -1.8
demenc*                  -1.8
smůla                    -1.8
smůlu                    -1.8
smolař*                  -1.8
měl smůlu                -1.8
měla smůlu               -1.8
trest                    -1.8
trestu                   -1.8
trestem                  -1.8
potrestán*               -1.8
není co dodat            -1.8

## --- news vocabulary with a clear negative connotation
vystraš*                 -1.8
vyděs*                   -1.8
zděsil*                  -1.8
zašpinil*                -1.8
fracek                   -1.8
fracka                   -1.8
spratek                  -1.8
spratci                  -1.8
buranstv*                -1.8
silniční pirát           -1.8
porušil*                 -1.8
porušen*                 -1.8
porušuj*                 -1.8
porušován*               -1.8
přestupek                -1.8
přestupky                -1.8
přestupků                -1.8
vymývání mozků           -1.8
silná káva               -1.8
onemocněn*               -1.8
onemocněl*               -1.8
pohřešovan*              -1.8
tajfun*                  -1.8
hurikán*                 -1.8
tornád*                  -1.8
cyklon*                  -1.8
nočnou můrou             -1.8
noční můru               -1.8
naprd                    -1.8
fucking                  -1.8
opil*                    -1.8
opilý                    -1.8
opilá                    -1.8
ožral*                   -1.8
ožralý                   -1.8
ožralá                   -1.8
hrozící                  -1.8
klesá                    -1.0
klesají                  -1.0
klesne                   -1.0
klesnou                  -1.0
klesnout                 -1.0
kleslo                   -1.0
pokles cen               -1.0
propad                   -1.0
propadl                  -1.0
propadla                 -1.0
propadli                 -1.0
úpadek                   -1.0
úpadku                   -1.0
zhoršen*                 -1.0
zhorš*                   -1.0
zhoršuje                 -1.0
zhoršujou                -1.0
zhoršit                  -1.0
zhoršil                  -1.0
zhoršila                 -1.0
zhoršilo                 -1.0
horší situace            -1.0
negativn*                -1.6
pesimistick*             -1.6
nepříznivý               -1.6
nepříznivá               -1.6
nepříznivé               -1.6
nepříznivě               -1.6

## --- superlatives (nej- escapes the plain prefix entries) and review vocabulary
nejkrásn*                2.8
nejhezč*                 2.8
nejúžasn*                2.8
nejzajímavějš*           2.8
nejoblíbenějš*           2.8
nejkvalitnějš*           2.8
nejvýhodnějš*            2.8
nejšťastnějš*            2.8
nejspokojenějš*          2.8
nejmilejš*               2.8
nejchutnějš*             2.8
nejpohodlnějš*           2.8
nejspolehlivějš*         2.8
nejrychlejš*             1.6
nejlevnějš*              1.6
nejsmutnějš*             -2.6
nejhloupějš*             -2.6
nejnudnějš*              -2.6
nejhnusnějš*             -2.6
nejotřesnějš*            -2.6
nejstrašnějš*            -2.6
nejhroznějš*             -2.6
nejslabš*                -2.6
nejtrapnějš*             -2.6
nejotravnějš*            -2.6
nejblbějš*               -2.6
baví                     1.5
bavilo                   1.5
bavil                    1.5
bavila                   1.5
bavili                   1.5
plusem                   1.5
plusy                    1.5
plusů                    1.5
velké plus               1.5
obrovské plus            1.5
třešnička na dortu       1.5
třešničkou na dortu      1.5
stojí za hřích           1.5
mínus                    -1.2
mínusy                   -1.2
mínusem                  -1.2
mínusů                   -1.2
velké mínus              -1.2
slabota                  -1.2
bod mrazu                -1.2
bla-bla                  -1.2
bla bla                  -1.2
nedalo se                -1.2
nedá se to               -1.2
neoslovil*               -1.2
neoslovuje               -1.2
problém nebyl            1.5
problémy nebyly          1.5
problém není             1.5
problém nemám            1.5
problémy nemám           1.5
nebyl problém            1.5
nebyl žádný problém      1.5
není problém             1.5
chyby nemá               1.5
dobré nebylo             -1.5
dobré to nebylo          -1.5
dobrý nebyl              -1.5
dobrá nebyla             -1.5
dobré to není            -1.5
není nic extra           -1.5
není nic moc             -1.5
není nic zvláštního      -1.5
to není ono              -1.5
nechci                   -1.0
nechceme                 -1.0
nepotřebuju              -1.0
nepotřebuji              -1.0

## --- greetings: the expression is neutral even though its words are not
dobrý den                0
dobrý večer              0
dobré ráno               0
dobré odpoledne          0
dobrý deň                0

## --- further negative verbs and phrases
potřebuju pomoc          -1.5
potřebuji pomoc          -1.5
co je špatně             -1.5
něco je špatně           -1.5
něco není v pořádku      -1.5
už se mi nechce          -1.5
mám ho dost              -2.2
mám ji dost              -2.2
mám je dost              -2.2
mám vás dost             -2.2
mám tě dost              -2.2
mám už dost              -2.2
utopil*                  -2.5
utonul*                  -2.5
utonutí                  -2.5
zahyne                   -2.5
zahynou                  -2.5
shořel                   -2.5
shořela                  -2.5
shořeli                  -2.5
hořící dům               -2.5
stagnac*                 -1.6
zesměšňuj*               -1.6
posmívá*                 -1.6
vysmívá*                 -1.6
pomlouvá*                -1.6
pomluv*                  -1.6
drb                      -1.6
drby                     -1.6
neopodstatněn*           -1.6
rezignac*                -1.6
odvolali z funkce        -1.6
facka                    -1.6
facku                    -1.6
fackou                   -1.6
dostal facku             -1.6

## --- promotional and approving vocabulary with a positive connotation
exkluzivn*               1.6
unikátn*                 1.6
jedinečn*                1.6
bezbolestn*              1.6
výjimečn*                1.6
neopakovateln*           1.6
legendárn*               1.6
legenda                  1.6
legendy                  1.6
ikonick*                 1.6
kultovn*                 1.6
vítejte                  1.2
vítej                    1.2
srdečně vítáme           1.2
držte palce              1.2
držte nám palce          1.2
držíme jim palce         1.2
držíme vám palce         1.2
držím ti palce           1.2
držím vám palce          1.2
zaboduj*                 1.2
zabodoval*               1.2
oslovil                  1.2
oslovila                 1.2
oslovilo                 1.2
oslovuje                 1.2
bohat*                   1.2
pilně                    1.2
obnovili                 1.2
obnovený                 1.2
obnovená                 1.2
zrekonstruovan*          1.2
kompletní rekonstrukce   1.2
silný zážitek            1.2
silný příběh             1.2
silné emoce              1.2
nejsilnějš*              1.2
novinka                  0.8
novinky                  0.8
novinkou                 0.8
novinek                  0.8
festival                 0.8
festivalu                0.8
koncert                  0.8
koncertu                 0.8
oslava                   0.8
oslavy                   0.8
oslaví*                  0.8
oslavu*                  0.8
oslav*                   0.8
výročí                   0.8
jubileum                 0.8
jubilant                 0.8
krizový                  -2.0
krizová                  -2.0
krizové                  -2.0
krizového                -2.0
krizovém                 -2.0
krizovou                 -2.0
krizových                -2.0
rychlý                   1.3
rychlá                   1.3
rychlé                   1.3
rychle                   1.3
rychlou                  1.3
rychlého                 1.3
rychlejší                1.3
rychlejc                 1.3
rychlovka                1.3
vítáme vás               1.2
vítáme tě                1.2
bystrý                   1.2
bystrá                   1.2
bystré                   1.2
pozorný                  1.2
pozorná                  1.2
pozorné                  1.2
bezpečný                 2.2
bezpečná                 2.2
bezpečné                 2.2
bezpečnější              2.2
soutěž                   0.8
pomalu                   -0.8
plesniv*                 -1.2
počůran*                 -1.2
vyhazov*                 -1.2
vyhodili ho              -1.2
vyhodili ji              -1.2
vyhodili z práce         -1.2
za mříže                 -1.2
za mřížemi               -1.2
nesedí                   -1.2
to nesedí                -1.2
něco nesedí              -1.2
dosluhuje                -1.2
dosluhujou               -1.2
odložen*                 -0.8
odkládá                  -0.8
odkládají                -0.8
odložili                 -0.8
poslušn*                 1.0
vychovan*                1.0
vhodn*                   1.5
odklad                   -0.8
neuvěřiteln*             1.5
průměrn*                 -0.6

## --- added for coverage (issue 3): everyday praise and blame, colloquial and slang forms, customer care
nádhera                  3.0
nádheru                  3.0
úžas                     2.5
zlatej                   1.5
zlatučký                 2.2
zlatučká                 2.2
fujtajbl                 -2.5
hnusák                   -2.8
chudinka                 -1.5
chudák pes               -1.5
marně                    -1.5
marné                    -1.5
stydím                   -2.0
stydět                   -1.5
přiblbl*                 -2.5
debil*                   -3.0
idiot*                   -3.0
kretén*                  -3.2
hovad*                   -3.0
hajzl*                   -3.0
zmrd*                    -3.5
sráč*                    -3.0
stupidn*                 -2.5
šílen*                   -1.5
průser                   -2.8
průšvih                  -2.5
šmejd*                   -2.8
zloděj*                  -3.0
okrádat                  -3.0
drahý                    -1.2
drahé                    -1.2
drahá                    -1.0
drahej                   -1.2
drahý tarif              -1.8
zdražil*                 -1.8
zdražuj*                 -1.8
zdražovat                -1.8
nefunguj*                -2.2
čekám pořád              -2.2
zase                     -0.5
opět                     -0.5
opět nefunguje           -2.5
nestojí za to            -2.0
zklaman*                 -2.5
zklamal*                 -2.5
zklamat                  -2.0
zklame                   -2.0
naštve                   -2.2
nasr*                    -3.0
otrava                   -2.0
obav*                    -1.5
lítost                   -1.8
mrzet                    -1.5
bohatě stačí             1.5
stačí                    -0.3
neřeším                  0
líbil*                   2.0
líbit                    1.8
chuťovk*                 2.2
dobrota                  2.2
dobroty                  2.2
nevkusn*                 -2.0
krása                    2.5
krásu                    2.5
kráska                   2.2
rychl*                   0.8
kvalita                  1.0
strašn*                  -2.5
hrozn*                   -2.5
děsn*                    -2.5
hrůzn*                   -3.0
žalostn*                 -2.8
ubohost                  -2.8
normálka                 0.3
průměr                   -0.3
šlo by to                0.8
haha*                    1.2
hehe*                    1.0
chacha*                  1.2
mlžit                    -1.5
lhář*                    -3.0
vtip                     -0.2
směšn*                   -1.5
absurdn*                 -2.2
nesmysl*                 -2.2
amatér*                  -1.8
diletant*                -2.5
profesionáln*            1.8
neprofesionáln*          -2.5
nevstřícn*               -2.2
úslužn*                  1.8
ignorovat                -1.8
zrušit smlouvu           -1.5
měním operátora          -2.0
odcházím                 -1.5
přecházím ke konkurenci  -2.0
máme tě rádi             2.5
mám ji ráda              2.0
mám ho ráda              2.0
drzý                     -2.2
drzá                     -2.2
drzé                     -2.2
raději                   0
radši                    0
podle                    0


[negators]
ne
nelze
nedá
nikdy
žádný
žádná
žádné
žádného
žádnou
žádném
žádným
žádných
žádnej
nijaký
nijak
vůbec
nic
ničeho
ničím
ničemu
nikdo
nikoho
nikomu
nikým
nikde
nikam
ani
bez
nemám
nemáš
nemá
nemáme
nemáte
nemají
neměl
neměla
nemělo
neměli
nejsem
nejsi
není
nejsme
nejste
nejsou
nebyl
nebyla
nebylo
nebyli
nebude
nebudou
nebudu
nemůžu
nemohu
nemůže
nemůžeme
nemůžou
nemohou
nedá se
netřeba
nemusí
nemusíte
nemusíš
nemusím
nechce
nenajdete
nenajdeš
neuděláte
neuděláš
nepotřebuje
nevidím
neviděl
neviděla
nezůstalo


[negation-prefixes]
# "ne" glued to verbs, adjectives and adverbs; the rest must be at least 3
# characters. Words where the split misleads have their own entries.
ne 3


[intensifiers]
velmi                    0.293
velice                   0.293
moc                      0.293
hodně                    0.293
strašně                  0.293
hrozně                   0.293
příšerně                 0.293
šíleně                   0.293
děsně                    0.293
neskutečně               0.293
neuvěřitelně             0.293
nesmírně                 0.293
nekonečně                0.293
mimořádně                0.293
výjimečně                0.293
obzvlášť                 0.293
zvlášť                   0.293
extrémně                 0.293
maximálně                0.293
úplně                    0.293
totálně                  0.293
naprosto                 0.293
absolutně                0.293
zcela                    0.293
opravdu                  0.293
fakt                     0.293
fakticky                 0.293
skutečně                 0.293
vážně                    0.293
pořádně                  0.293
sakra moc                0.293
mega                     0.293
hyper                    0.293
ultra                    0.293
fest                     0.293
vyloženě                 0.293
výrazně                  0.293
značně                   0.293
mnohem                   0.293
podstatně                0.293
ještě víc                0.293
čím dál                  0.293
čím dál víc              0.293
tak                      0.293
takový                   0.293
taková                   0.293
takové                   0.293
takhle                   0.293
až tak                   0.293
příliš                   0.293
přehnaně                 0.293
dost                     0.293
kurevsky                 0.293
trochu                   -0.293
trošku                   -0.293
trošičku                 -0.293
mírně                    -0.293
lehce                    -0.293
celkem                   -0.293
docela                   -0.293
poměrně                  -0.293
relativně                -0.293
spíš                     -0.293
spíše                    -0.293
skoro                    -0.293
téměř                    -0.293
málem                    -0.293
sotva                    -0.293
stěží                    -0.293
asi                      -0.293
možná                    -0.293
nejspíš                  -0.293
snad                     -0.293
částečně                 -0.293
víceméně                 -0.293
jaksi                    -0.293
nějak                    -0.293
tak trochu               -0.293
do jisté míry            -0.293
v podstatě               -0.293


[contrast]
ale
avšak
však
jenže
jenomže
no ale
akorát
nicméně
přesto
přece
a přece
zato
ale zato


[settings]
# Czech has negative concord ("nikdo nic neřekl" is one negation).
double_negation = concord
negation_window = 3
