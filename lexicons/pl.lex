# pl.lex — earshot sentiment lexicon for Polish.
#
# Written by hand for earshot from knowledge of the language (no entries taken
# from any other list). Valence is the last field, on [-4, +4]. Word families
# are mostly prefix entries (stem*) so that inflection (7 cases, 3 genders,
# aspect pairs) is covered without relying on the stemmer; the most frequent
# full forms are listed as well because exact entries win over prefixes.
# Diacritic-free spellings are derived by the loader; only forms whose
# diacritic-free spelling is ambiguous or typed in a special way are listed.
# This file does not hold emoji or emoticons (see emoji.lex), nor neutral
# domain words.
# Some short words appear only inside expressions or as prefix entries
# because the light stemmer would join them with unrelated common words
# (see docs/lexicons-slavic.md, "Stem collisions").
@lang pl
@stemmer light:pl


[valence]
## --- core evaluative adjectives and adverbs: positive
dobry                    1.9
dobra                    1.9
dobre                    1.9
dobrego                  1.9
dobrej                   1.9
dobrym                   1.9
dobrą                    1.9
dobrych                  1.9
dobrymi                  1.9
dobremu                  1.9
dobrzy                   1.9
dobrze                   1.6
lepszy                   2.1
lepsza                   2.1
lepsze                   2.1
lepszego                 2.1
lepszej                  2.1
lepszym                  2.1
lepszą                   2.1
lepszych                 2.1
lepsi                    2.1
lepiej                   1.5
najlepszy                3.0
najlepsza                3.0
najlepsze                3.0
najlepszego              3.0
najlepszej               3.0
najlepszym               3.0
najlepszą                3.0
najlepszych              3.0
najlepsi                 3.0
najlepiej                2.6
świetny                  3.0
świetna                  3.0
świetne                  3.0
świetnie                 3.0
świetnego                3.0
świetnej                 3.0
świetnym                 3.0
świetną                  3.0
świetnych                3.0
świetni                  3.0
fajny                    2.4
fajna                    2.4
fajne                    2.4
fajnie                   2.4
fajnego                  2.4
fajnej                   2.4
fajnym                   2.4
fajną                    2.4
fajnych                  2.4
fajni                    2.4
fajowy                   2.4
fajowe                   2.4
fajowo                   2.4
fajniejszy               2.4
fajniej                  2.4
fajniutki                2.4
fajniutko                2.4
wspaniał*                3.1
doskonał*                3.0
znakomic*                3.0
znakomit*                3.0
rewelac*                 3.2
rewelka                  3.2
rewela                   3.2
genialn*                 3.1
fantastyczn*             3.1
fenomenaln*              3.1
cudown*                  2.8
cudnie                   2.8
cudny                    2.8
cudna                    2.8
cudne                    2.8
cudo                     2.8
cuda                     2.8
cudeńko                  2.8
cudeńka                  2.8
zajebist*                3.4
zajebiście               3.4
zajefajn*                3.4
zarąbist*                3.4
zajebongo                3.4
odjazdow*                2.6
czadow*                  2.6
kozack*                  2.6
sztos                    2.6
sztosik                  2.6
sztosem                  2.6
petarda                  2.6
petardą                  2.6
kozak                    2.6
super                    2.7
superowy                 2.7
superowo                 2.7
superaśny                2.7
supcio                   2.7
superancki               2.7
ekstra                   2.3
extra                    2.3
bajeczn*                 3.2
bajka                    3.2
piękn*                   2.9
pięknie                  2.9
prześliczn*              2.9
przepiękn*               2.9
ładn*                    2.4
śliczn*                  2.4
uroczy                   2.4
urocza                   2.4
urocze                   2.4
uroczo                   2.4
uroczego                 2.4
uroczej                  2.4
miły                     2.1
miła                     2.1
miłe                     2.1
miło                     2.1
miłego                   2.1
miłej                    2.1
miłym                    2.1
miłą                     2.1
miłych                   2.1
mili                     2.1
milutki                  2.1
milutka                  2.1
milutko                  2.1
sympatyczn*              2.3
przyjemn*                2.3
przyjaźn*                2.3
przyjacielsk*            2.3
wyśmienit*               2.4
pyszn*                   2.4
smaczn*                  2.4
przepyszn*               2.4
palce lizać              2.4
idealn*                  2.5
perfekcyjn*              2.5
bezbłędn*                2.5
bez zarzutu              2.5
perfekt                  2.5
perfekcja                2.5
wygodn*                  2.0
praktyczn*               2.0
użyteczn*                2.0
przydatn*                2.0
pożyteczn*               2.0
funkcjonaln*             2.0
solidn*                  2.0
niezawodn*               2.0
trwały                   2.0
trwałe                   2.0
wytrzymał*               2.0
porządn*                 1.8
rzetelny                 1.8
rzetelna                 1.8
rzetelne                 1.8
rzetelnie                1.8
rzetelności              1.8
profesjonaln*            1.8
kompetentn*              1.8
fachow*                  1.8
szybki                   1.2
szybka                   1.2
szybkie                  1.2
szybko                   1.2
szybciutko               1.2
błyskawiczn*             1.2
ekspresow*               1.2
sprawn*                  1.2
sprawnie                 1.2
promocyjn*               1.0
tani                     1.3
tania                    1.3
tanie                    1.3
tanio                    1.3
niedrogi                 1.3
niedroga                 1.3
niedrogie                1.3
przystępn*               1.3
opłacaln*                1.3
korzystn*                1.3
okazyjnie                1.3
promocja                 1.3
promocji                 1.3
rabat                    1.3
bezpieczn*               2.0
wyjątkow*                2.4
niezwykł*                2.4
niesamowit*              2.4
niepowtarzaln*           2.4
nieziemsk*               2.4
obłędn*                  2.4
odlotow*                 2.4
imponując*               2.6
zachwycając*             2.6
olśniewając*             2.6
oszałamiając*            2.6
spektakularn*            2.6
znakomitość              2.6
ciekaw*                  1.3
interesując*             2.1
inspirując*              2.1
pasjonując*              2.1
fascynując*              2.1
wciągając*               2.1
śmieszn*                 1.0
zabawn*                  1.8
komiczn*                 1.8
dowcipn*                 1.8
humorystyczn*            1.8
radosn*                  2.0
wesoł*                   2.0
szczęśliw*               2.0
zadowolon*               2.0
uśmiechnięt*             2.0
pogodn*                  2.0
beztrosk*                2.0
uszczęśliwion*           2.2
zachwycon*               2.2
oczarowan*               2.2
podekscytowan*           2.2
zakochan*                2.2
wniebowzięt*             2.2
spokojn*                 1.8
zrelaksowan*             1.8
wyluzowan*               1.8
odprężon*                1.8
bezstresow*              1.8
inteligentn*             1.9
utalentowan*             1.9
zdoln*                   1.9
błyskotliw*              1.9
kreatywn*                1.9
pomysłow*                1.9
uczciw*                  2.0
szczery                  2.0
szczera                  2.0
lojaln*                  2.0
godny zaufania           2.0
godna zaufania           2.0
godne zaufania           2.0
wiarygodn*               2.0
odważn*                  2.0
bohatersk*               2.0
heroiczn*                2.0
życzliw*                 2.2
serdeczn*                2.2
ciepły                   2.2
ciepła                   2.2
ciepłe                   2.2
ciepło                   2.2
ciepłych                 2.2
uprzejm*                 2.2
grzeczn*                 2.2
kulturalnie              2.2
pomocny                  2.2
pomocna                  2.2
pomocne                  2.2
pomocnie                 2.2
pomocnych                2.2
troskliw*                2.2
opiekuńcz*               2.2
uczynn*                  2.2
hojn*                    2.0
szlachetn*               2.0
dobroduszn*              2.0
wyrozumiał*              2.0
cierpliw*                2.0
empatyczn*               2.0
zdrowy                   1.2
zdrowa                   1.2
zdrowe                   1.2
zdrowo                   1.2
zdrówko                  1.2
nowoczesn*               1.5
innowacyjn*              1.5
nowatorsk*               1.5
nowiutk*                 1.5
skuteczn*                1.4
efektywn*                1.4
wydajn*                  1.4
owocn*                   1.4
udan*                    1.8
pomyśln*                 1.8
obiecując*               1.8
pozytywn*                1.8
optymistyczn*            1.8
elegancki                2.0
elegancka                2.0
eleganckie               2.0
elegancko                2.0
gustown*                 2.0
stylow*                  2.0
szykown*                 2.0
modn*                    2.0
czysty                   1.5
czysta                   1.5
czyste                   1.5
czysto                   1.5
schludn*                 1.5
zadban*                  1.5
jasne                    1.4
jasny                    1.4
przejrzyst*              1.4
zrozumiał*               1.4
intuicyjn*               1.4
ok                       0.9
okej                     0.9
okay                     0.9
okey                     0.9
okk                      0.9
spoko                    1.5
spoczko                  1.5
spox                     1.5
git                      1.5
gites                    1.5
git majonez              1.5
luzik                    1.5
luz                      1.5
ekstra sprawa            2.2
fajna sprawa             2.2
dobra robota             2.2
kawał dobrej roboty      2.2
świetna robota           2.2
arcydzieło               3.3
arcydzieła               3.3
mistrzostwo              3.3
majstersztyk             3.3
perełka                  3.3
perła                    3.3
cacko                    3.3
rewelacyjnie             3.3
wartościow*              1.6
bezcenn*                 1.6
warto                    1.6
wart                     1.6
warta                    1.6
warte                    1.6
godny polecenia          2.5
godna polecenia          2.5
godne polecenia          2.5
do polecenia             2.5
warto polecić            2.5
poprawn*                 1.2
przyzwoit*               1.2
znośn*                   1.2
niezł*                   1.2
nienagann*               2.5
niezły                   1.5
niezła                   1.5
niezłe                   1.5
nieźle                   1.5
niebanaln*               2.0
słodk*                   1.6
słodziak                 1.6
słodziaki                1.6
słodziutk*               1.6
## --- core evaluative adjectives and adverbs: negative
zły                      -2.1
zła                      -2.1
złe                      -2.1
złego                    -2.1
złej                     -2.1
złym                     -2.1
złą                      -2.1
złych                    -2.1
złymi                    -2.1
źle                      -2.1
złemu                    -2.1
gorszy                   -2.0
gorsza                   -2.0
gorsze                   -2.0
gorszego                 -2.0
gorszej                  -2.0
gorszym                  -2.0
gorszą                   -2.0
gorszych                 -2.0
gorsi                    -2.0
gorzej                   -2.0
najgorszy                -3.0
najgorsza                -3.0
najgorsze                -3.0
najgorszego              -3.0
najgorszej               -3.0
najgorszym               -3.0
najgorszą                -3.0
najgorszych              -3.0
najgorsi                 -3.0
najgorzej                -3.0
fataln*                  -2.6
okropn*                  -2.6
straszny                 -2.6
straszna                 -2.6
straszne                 -2.6
strasznego               -2.6
strasznej                -2.6
strasznym                -2.6
straszną                 -2.6
strasznych               -2.6
koszmarn*                -2.6
potworny                 -2.6
potworna                 -2.6
potworne                 -2.6
przeraźliw*              -2.6
tragiczn*                -3.0
tragedia                 -3.0
tragedii                 -3.0
katastrofaln*            -3.0
beznadziej*              -3.0
masakra                  -3.0
masakryczn*              -3.0
dramat                   -3.0
dramatyczn*              -3.0
żenując*                 -3.1
żenada                   -3.1
żenadą                   -3.1
żałosn*                  -3.1
porażk*                  -3.1
porażka                  -3.1
klapa                    -3.1
kompromitacj*            -3.1
kompromitując*           -3.1
wstyd                    -3.1
wstydu                   -3.1
wstydem                  -3.1
wstydzę                  -3.1
kiepski                  -2.4
kiepska                  -2.4
kiepskie                 -2.4
kiepsko                  -2.4
kiepskiego               -2.4
kiepskiej                -2.4
kiepskim                 -2.4
kiepską                  -2.4
marn*                    -2.4
słab*                    -2.4
słabo                    -2.4
lichy                    -2.4
licha                    -2.4
liche                    -2.4
licho                    -2.4
mizern*                  -2.4
nędzn*                   -2.4
chujow*                  -3.0
chujnia                  -3.0
chujni                   -3.0
gówniany                 -3.0
gówniana                 -3.0
gówniane                 -3.0
gównian*                 -3.0
do dupy                  -3.0
do bani                  -3.0
do kitu                  -3.0
do niczego               -3.0
dziadostwo               -3.0
badziew*                 -3.0
szajs                    -3.0
syf                      -3.0
syfem                    -3.0
syfie                    -3.0
szmelc                   -3.0
złom                     -3.0
złomu                    -3.0
bubel                    -3.0
buble                    -3.0
bublem                   -3.0
kicha                    -3.0
lipa                     -3.0
lipny                    -3.0
lipna                    -3.0
lipne                    -3.0
nudn*                    -2.3
nuda                     -2.3
nudy                     -2.3
nudzi                    -2.3
nużąc*                   -2.3
monotonn*                -2.3
męcząc*                  -2.3
nieciekaw*               -2.3
brzydk*                  -2.2
paskudn*                 -2.2
ohydn*                   -2.2
obrzydliw*               -2.2
odrażając*               -2.2
wstrętn*                 -2.2
ochydn*                  -2.2
obleśn*                  -2.2
nikczemn*                -2.6
niegodziw*               -2.6
perfidn*                 -2.6
obrzydliwie              -2.6
głupi                    -2.0
głupia                   -2.0
głupie                   -2.0
głupio                   -2.0
głupiego                 -2.0
głupiej                  -2.0
głupim                   -2.0
głupią                   -2.0
głupich                  -2.0
głupota                  -2.0
głupoty                  -2.0
głupotą                  -2.0
durny                    -2.0
durna                    -2.0
durne                    -2.0
debilny                  -2.0
debilna                  -2.0
debilne                  -2.0
idiotyczn*               -2.0
kretyńsk*                -2.0
bezmyśln*                -2.0
bezsensown*              -2.0
bez sensu                -2.0
bezsens                  -2.0
trudn*                   -1.2
skomplikowan*            -1.2
uciążliw*                -1.2
kłopotliw*               -1.2
problematyczn*           -1.2
niewygodn*               -1.2
nieporęczn*              -1.2
za drogo                 -1.6
za drogi                 -1.6
za drogie                -1.6
za droga                 -1.6
przepłacon*              -1.6
zdzierstwo               -1.6
zdzierstwa               -1.6
przedrożon*              -1.6
wygórowan*               -1.6
wolny internet           -2.0
wolno działa             -2.0
powoln*                  -2.0
ślamazarn*               -2.0
ociężał*                 -2.0
długo czekam             -2.0
wlecze się               -2.0
niebezpieczn*            -2.3
groźn*                   -2.3
szkodliw*                -2.3
toksyczn*                -2.3
trując*                  -2.3
smutn*                   -2.0
smutno                   -2.0
przygnębion*             -2.0
przygnębiając*           -2.0
zdołowan*                -2.0
dołujące                 -2.0
dołując*                 -2.0
załaman*                 -2.0
rozżalon*                -2.0
zrozpaczon*              -2.0
zmartwion*               -2.2
zaniepokojon*            -2.2
przerażon*               -2.2
wystraszon*              -2.2
przestraszon*            -2.2
zestresowan*             -2.2
zdenerwowan*             -2.2
wkurzon*                 -2.2
wściekł*                 -2.2
zirytowan*               -2.2
poirytowan*              -2.2
rozdrażnion*             -2.2
sfrustrowan*             -2.2
rozczarow*               -2.2
zawiedzion*              -2.2
zawiedziony              -2.2
zawiodłem                -2.2
zawiodłam                -2.2
zawiódł                  -2.2
zawiodła                 -2.2
zawiedli                 -2.2
zawodzi                  -2.2
zniechęcon*              -2.2
zniesmaczon*             -2.2
zdegustowan*             -2.2
chamsk*                  -2.5
chamstwo                 -2.5
chamstwem                -2.5
bezczeln*                -2.5
arogan*                  -2.5
opryskliw*               -2.5
niegrzeczn*              -2.5
niemił*                  -2.5
nieuprzejm*              -2.5
wulgarn*                 -2.5
prostack*                -2.5
nieuczciw*               -2.3
nierzetel*               -2.3
nieprofesjonaln*         -2.3
niekompetentn*           -2.3
nieodpowiedzialn*        -2.3
nierzetelni              -2.3
niesolidn*               -2.3
niepotrzebn*             -2.0
zbędn*                   -2.0
bezużyteczn*             -2.0
bezwartościow*           -2.0
bezwartościowy           -2.0
nieprzydatn*             -2.0
bezcelow*                -2.0
wadliw*                  -2.3
uszkodzon*               -2.3
zepsut*                  -2.3
zepsuty                  -2.3
zniszczon*               -2.3
połaman*                 -2.3
pęknięt*                 -2.3
porysowan*               -2.3
pognieciony              -2.3
pogniecion*              -2.3
brudn*                   -2.3
zabrudzon*               -2.3
poplamion*               -2.3
śmierdząc*               -2.3
cuchnąc*                 -2.3
zgnił*                   -2.3
spleśniał*               -2.3
przeterminowan*          -2.3
nieświeży                -2.3
nieświeże                -2.3
nieświeża                -2.3
niedział*                -2.0
nie działa               -2.0
nie działają             -2.0
nie działało             -2.0
nie działał              -2.0
przestał działać         -2.0
przestało działać        -2.0
przestała działać        -2.0
nie odpowiada            -2.0
nie odpisuje             -2.0
nie odbiera              -2.0
zawiesza się             -2.0
wiesza się               -2.0
zacina się               -2.0
crashuje                 -2.0
laguje                   -2.0
lagi                     -2.0
nieudan*                 -2.4
niefortunn*              -2.4
nieszczęsn*              -2.4
nieszczęśliw*            -2.4
pechow*                  -2.4
feraln*                  -2.4
krytyczn*                -1.2
negatywn*                -1.8
pesymistyczn*            -1.8
niepokoj*                -1.8
alarmując*               -1.8
szokując*                -1.8
skandaliczn*             -1.8
oburzając*               -1.8
haniebn*                 -1.8
karygodn*                -1.8
niedopuszczaln*          -1.8
niewybaczaln*            -1.8
chory                    -2.0
chora                    -2.0
chore                    -2.0
chorzy                   -2.0
choroba                  -2.0
choroby                  -2.0
chorobą                  -2.0
bolesn*                  -2.0
obolał*                  -2.0
zmęczon*                 -2.0
wyczerpan*               -2.0
wykończon*               -2.0
padnięty                 -2.0
padnięta                 -2.0
dziwn*                   -1.4
podejrzan*               -1.4
niejasn*                 -1.4
niezrozumiał*            -1.4
mętn*                    -1.4
chaotyczn*               -1.4
niezorganizowan*         -1.4
średni                   -1.2
średnia                  -1.2
średnie                  -1.2
średnio                  -1.2
takie sobie              -1.2
taki sobie               -1.2
taka sobie               -1.2
tak sobie                -1.2
meh                      -1.2
niesmaczn*               -1.7
niejadaln*               -1.7
mdł*                     -1.7
przypalon*               -1.7
rozgotowan*              -1.7
surowe w środku          -1.7
zimne jedzenie           -1.7
przesolon*               -1.7
głośn*                   -0.8
ciasn*                   -1.5
duszn*                   -1.5
hałaśliw*                -1.5
zatłoczon*               -1.5
nieprzyjemn*             -2.0
niewygodne               -2.0
uciążliwe                -2.0
irytując*                -2.0
denerwując*              -2.0
wkurzając*               -2.0
wkurwiając*              -2.0
upierdliw*               -2.0
dokuczliw*               -2.0
wkurwion*                -2.8
wkurwia                  -2.8
wkurwiają                -2.8
wkurwiło                 -2.8
wkurwiony                -2.8
wqrw*                    -2.8
wkurza                   -2.8
wkurzają                 -2.8
wkurzyło                 -2.8
wkurzył                  -2.8
wkurzyła                 -2.8
wnerwia                  -2.8
wnerwiony                -2.8
wnerwiona                -2.8
nienormaln*              -1.9
pojeban*                 -1.9
popieprzon*              -1.9
porąban*                 -1.9
pokręcon*                -1.9
## --- verbs and verb forms: positive
polecam                  2.6
polecamy                 2.6
polecam serdecznie       2.6
gorąco polecam           2.6
polecam każdemu          2.6
polecam wszystkim        2.6
godny uwagi              2.6
polecić                  2.0
poleciłbym               2.0
poleciłabym              2.0
polecają                 2.0
poleca                   2.0
polecił                  2.0
poleciła                 2.0
polecenia                2.0
kocham                   2.4
kochamy                  2.4
kochać                   2.4
kocha                    2.4
kochają                  2.4
kochany                  2.4
kochana                  2.4
kochane                  2.4
kochanie                 2.4
kochani                  2.4
kochaniutki              2.4
ukochan*                 2.4
uwielbiam                2.4
uwielbiamy               2.4
uwielbia                 2.4
uwielbiają               2.4
uwielbiać                2.4
ubóstwiam                2.4
polubiłem                1.9
polubiłam                1.9
polubił                  1.9
polubiła                 1.9
lubiany                  1.9
lubiana                  1.9
lubiane                  1.9
ulubion*                 1.9
podoba mi się            2.2
podobają mi się          2.2
podobało mi się          2.2
podobał mi się           2.2
podobała mi się          2.2
spodobało                2.2
spodobał                 2.2
spodobała                2.2
spodobały                2.2
podoba                   1.6
podobają                 1.6
podobało                 1.6
podobał                  1.6
podobała                 1.6
dziękować                2.4
dziękował                2.4
podziękowania            2.4
podziękowanie            2.4
podziękować              2.4
serdecznie dziękuję      2.6
bardzo dziękuję          2.6
dzięki wielkie           2.6
wielkie dzięki           2.6
stokrotne dzięki         2.6
dziękuję bardzo          2.6
dziękuję za szybką odpowiedź 2.6
dzięki za szybką odpowiedź 2.6
dziękuję za pomoc        2.6
dzięki za pomoc          2.6
gratuluję                2.8
gratulujemy              2.8
gratulacje               2.8
gratulacji               2.8
gratulacjami             2.8
gratki                   2.8
gratulować               2.8
pogratulować             2.8
brawo                    2.8
brawa                    2.8
bravo                    2.8
brawurow*                2.8
owacj*                   2.8
oklaski                  2.8
zachwyca                 2.2
zachwycił                2.2
zachwyciła               2.2
zachwyciło               2.2
zachwycają               2.2
zachwyt                  2.2
zachwytu                 2.2
zachwytem                2.2
zachwycam się            2.2
zachwycona               2.2
zachwycony               2.2
cieszę się               1.8
cieszymy się             1.8
cieszy                   1.8
cieszą                   1.8
ucieszył                 1.8
ucieszyła                1.8
ucieszyło                1.8
radość                   1.8
radości                  1.8
radością                 1.8
uciecha                  1.8
frajda                   1.8
frajdy                   1.8
frajdę                   1.8
ekscytuj*                2.0
jaram się                2.0
jara mnie                2.0
zajarany                 2.0
zajarana                 2.0
nakręcon*                2.0
nie mogę się doczekać    2.0
czekam z niecierpliwością 2.0
pomógł                   1.2
pomogła                  1.2
pomogło                  1.2
pomogli                  1.2
pomaga                   1.2
pomagają                 1.2
wsparcie                 1.2
wsparcia                 1.2
wsparciem                1.2
wspiera                  1.2
wspieramy                1.2
wspierają                1.2
wspierać                 1.2
pomogliście              1.2
pomogłeś                 1.2
pomogłaś                 1.2

działa bez zarzutu       1.8
wszystko działa          1.8
działa idealnie          1.8
działa świetnie          1.8
śmiga                    1.8
śmigają                  1.8
chodzi jak złoto         1.8
działa jak marzenie      1.8
działa jak należy        2.2
spełnia oczekiwania      2.2
spełnia swoje zadanie    2.2
spełnia swoją funkcję    2.2
zgodnie z opisem         2.2
zgodny z opisem          2.2
zgodna z opisem          2.2
zgodne z opisem          2.2
jak w opisie             2.2
zadowala                 1.6
zadowolił                1.6
zadowoliła               1.6
satysfakcja              1.6
satysfakcji              1.6
satysfakcjonując*        1.6
usatysfakcjonowan*       1.6
szybka dostawa           2.4
szybka wysyłka           2.4
szybko doszło            2.4
szybko doszła            2.4
szybko doszedł           2.4
szybko dotarło           2.4
szybko dotarła           2.4
przesyłka dotarła        2.4
paczka dotarła           2.4
ekspresowa dostawa       2.4
błyskawiczna wysyłka     2.4
szybki kontakt           2.4
szybka odpowiedź         2.4
szybka reakcja           2.4
sprawna obsługa          2.4
miła obsługa             2.4
super obsługa            2.4
świetna obsługa          2.4
profesjonalna obsługa    2.4
obsługa na medal         2.4
zwrot przyjęty           2.2
pieniądze wróciły        2.2
pieniądze zwrócone       2.2
zwrócili pieniądze       2.2
oddali pieniądze         2.2
reklamacja uznana        2.2
uznali reklamację        2.2
problem rozwiązany       2.2
sprawa załatwiona        2.2
załatwione               2.2
rozwiązali problem       2.2
naprawione               2.2
naprawili                2.2
na medal                 2.6
na piątkę                2.6
na szóstkę               2.6
pierwsza klasa           2.6
pierwszej klasy          2.6
klasa sama w sobie       2.6
najwyższej klasy         2.6
najwyższa jakość         2.6
wysoka jakość            2.6
wysokiej jakości         2.6
dobra jakość             2.6
dobrej jakości           2.6
świetna jakość           2.6
świetnej jakości         2.6
wygrać                   2.0
wygrał                   2.0
wygrała                  2.0
wygrali                  2.0
wygrały                  2.0
wygrywa                  2.0
wygrywają                2.0
wygraliśmy               2.0
wygrana                  2.0
wygranej                 2.0
wygraną                  2.0
zwycięstwo               2.0
zwycięstwa               2.0
zwycięstwem              2.0
zwycięż*                 2.0
zwycięzc*                2.0
triumf*                  2.0
mistrz                   2.0
mistrza                  2.0
mistrzem                 2.0
mistrzowie               2.0
mistrzyni                2.0
mistrzowsk*              2.0
mistrzostwo świata       2.0
złoto                    2.0
złoty medal              2.0
medal                    2.0
medale                   2.0
medalem                  2.0
awans                    2.0
awansował                2.0
awansowali               2.0
awansowała               2.0
rekord                   2.0
rekordow*                2.0
sukces                   1.8
sukcesy                  1.8
sukcesu                  1.8
sukcesem                 1.8
sukcesów                 1.8
osiągnięcie              1.8
osiągnięcia              1.8
osiągnął                 1.8
osiągnęła                1.8
udało się                1.8
udało                    1.8
udała się                1.8
udał się                 1.8
powiodło się             1.8
dał radę                 1.8
dała radę                1.8
daliśmy radę             1.8
daje radę                1.8
dają radę                1.8
zasłużon*                2.0
zasłużył                 2.0
zasłużyła                2.0
zasłużyli                2.0
zasłużyliście            2.0
zasługuje                2.0
zasługują                2.0
zapraszam                1.2
zapraszamy               1.2
zaproszenie              1.2
zapraszam serdecznie     1.2
serdecznie zapraszam     1.2
serdecznie zapraszamy    1.2
życzę                    1.6
życzymy                  1.6
życzenia                 1.6
wszystkiego najlepszego  1.6
wszystkiego dobrego      1.6
sto lat                  1.6
powodzenia               1.6
powodzonka               1.6
trzymam kciuki           1.6
trzymamy kciuki          1.6
udanego                  1.6
miłego dnia              1.6
miłego weekendu          1.6
dobranoc                 1.6
smacznego                1.6
zdrowia                  1.6
zdrówka                  1.6
wesołych świąt           2.2
szczęśliwego nowego roku 2.2
spokojnych świąt         2.2
radosnych świąt          2.2
witam                    0.6
witamy                   0.6
witaj                    0.6
hej                      0.6
heja                     0.6
siema                    0.6
siemka                   0.6
elo                      0.6
hejka                    0.6
hejo                     0.6
wow                      1.8
łał                      1.8
łaaa                     1.8
wooow                    1.8
ojej                     0.6
omg                      0.6
o rany                   0.6
haha                     1.2
hahaha                   1.2
hahahaha                 1.2
hehe                     1.2
hehehe                   1.2
hihi                     1.2
hihihi                   1.2
xd                       1.2
xdd                      1.2
xddd                     1.2
lol                      1.2
lolz                     1.2
buahaha                  1.2
muahaha                  1.2
haaha                    1.2
ahaha                    1.2
hah                      1.2
heh                      1.2
lmao                     1.2
rotfl                    1.2
;p                       1.2
:p                       1.2
śmieję się               1.6
śmiałem się              1.6
śmiałam się              1.6
uśmiałem się             1.6
uśmiałam się             1.6
popłakałem się ze śmiechu 1.6
ryję                     1.6
ryje                     1.6
beka                     1.6
bekę                     1.6
beki                     1.6
śmiechu                  1.6
śmiech                   1.6
uśmiech                  1.6
uśmiechu                 1.6
uśmiechem                1.6
uśmiechy                 1.6
uśmiecha                 1.6
szczęście                2.2
szczęścia                2.2
szczęściem               2.2
szczęśliwie              2.2
szczęściara              2.2
szczęściarz              2.2
fart                     2.2
farta                    2.2
fartem                   2.2
mamy farta               2.2
błogość                  2.2
miłość                   1.8
miłości                  1.8
miłością                 1.8
kochanie moje            1.8
buziaki                  1.8
buziak                   1.8
buziaczki                1.8
całuski                  1.8
całuję                   1.8
całusy                   1.8
ściskam                  1.8
pozdrawiam               1.8
pozdrowienia             1.8
pozdro                   1.8
pozdrówka                1.8
pozdrawiamy              1.8
piękno                   1.9
piękna sprawa            1.9
urok                     1.9
uroku                    1.9
urokiem                  1.9
wdzięk                   1.9
zachwycająco             1.9
ślicznotka               1.9
przystojn*               1.9
ciacho                   1.9
sexy                     1.9
seksown*                 1.9
przyjaciel               1.0
przyjaciela              1.0
przyjaciele              1.0
przyjaciółka             1.0
przyjaciółki             1.0
przyjaźń                 1.0
przyjaźni                1.0
nadzieja                 1.6
nadziei                  1.6
nadzieją                 1.6
mam nadzieję             1.6
optymizm                 1.6
optymizmu                1.6
pewność siebie           1.6
spokój                   1.4
spokoju                  1.4
pokój na świecie         1.4
odpoczynek               1.4
odpoczynku               1.4
relaks                   1.4
relaksu                  1.4
pogoda dopisała          1.4
słonecznie               1.4
słoneczn*                1.4
wakacje                  0.8
wakacji                  0.8
urlop                    0.8
urlopu                   0.8
weekend                  0.8
weekendu                 0.8
zabawa                   1.4
zabawy                   1.4
zabawą                   1.4
impreza                  1.4
imprezy                  1.4
imprezka                 1.4
imprezkę                 1.4
fun                      1.4
funu                     1.4
zabawny                  1.4
bawić się                1.4
bawimy się               1.4
bawiłem się              1.4
bawiłam się              1.4
dobra zabawa             1.4
świetna zabawa           1.4
rozrywka                 1.4
rozrywki                 1.4
prezent                  1.6
prezenty                 1.6
prezentu                 1.6
upominek                 1.6
nagroda                  1.6
nagrody                  1.6
nagrodą                  1.6
nagrodzon*               1.6
wyróżnien*               1.6
wyróżnion*               1.6
doceni*                  1.6
docenion*                1.6
pochwała                 1.6
pochwały                 1.6
pochwal*                 1.6
komplement*              1.6
uznanie                  1.6
uznania                  1.6
jasne że                 1.5
oczywiście że tak        1.5
zdecydowanie tak         1.5
tak jest                 1.5
zgadzam się              1.5
zgoda                    1.5
racja                    1.5
masz rację               1.5
słusznie                 1.5
słuszn*                  1.5
trafn*                   1.5
trafnie                  1.5
świetny pomysł           1.5
dobry pomysł             1.5
dobre pytanie            1.5
odporn*                  1.8
stabiln*                 1.8
bezawaryjn*              1.8
cichy                    1.8
cicha                    1.8
ciche                    1.8
cichutk*                 1.8
lekki                    1.8
lekka                    1.8
lekkie                   1.8
lekkiego                 1.8
poręczn*                 1.8
kompaktow*               1.8
opłaca się               2.0
warto było               2.0
warto kupić              2.0
warto zobaczyć           2.0
warto przeczytać         2.0
nie żałuję               2.0
nie pożałujesz           2.0
nie zawiedziesz się      2.0
nie zawiódł              2.0
nie zawiodła             2.0
nie zawiodło             2.0
nie zawodzi              2.0
nie rozczaruje           2.0
nie rozczarował          2.0
jestem zachwycony        2.6
jestem zachwycona        2.6
jestem zadowolony        2.6
jestem zadowolona        2.6
jestem bardzo zadowolony 2.6
jestem bardzo zadowolona 2.6
jesteśmy zadowoleni      2.6
w pełni zadowolony       2.6
w pełni zadowolona       2.6
w 100% zadowolony        2.6
nic dodać nic ująć       2.0
strzał w dziesiątkę      2.0
strzał w 10              2.0
trafiony                 2.0
trafiona                 2.0
trafione                 2.0
sztos totalny            2.0
miód na serce            2.0
bomba wiadomość          2.0
jak z bajki              2.0
jak marzenie             2.0
jak ta lala              2.0
niebo w gębie            2.0
czapki z głów            2.0
chapeau bas              2.0
szacun                   2.0
szacunek                 2.0
szacunku                 2.0
respekt                  2.0
propsy                   2.0
propsuję                 2.0
props                    2.0
dzięki temu              1.3
na szczęście             1.3
całe szczęście           1.3
w końcu działa           1.3
wreszcie działa          1.3
w porządku               1.3
bez problemu             1.3
bez problemów            1.3
bezproblemow*            1.3
bez zastrzeżeń           1.3
bez żadnych problemów    1.3
bez obaw                 1.3
nie ma problemu          1.3
żaden problem            1.3
ulga                     1.7
ulgi                     1.7
ulgą                     1.7
odetchnąć                1.7
odetchnąłem              1.7
odetchnęłam              1.7
uff                      1.7
uf                       1.7
nowość                   0.8
nowości                  0.8
nowy rekord              0.8
piękny dzień             1.5
piękna pogoda            1.5
słoneczny dzień          1.5
dobry dzień              1.5
udany dzień              1.5
udany weekend            1.5
super dzień              1.5
ładna pogoda             1.5
dobra wiadomość          1.5
dobre wiadomości         1.5
dobra informacja         1.5
świetna wiadomość        1.5
świetne wiadomości       1.5
najlepszy na świecie     2.5
najlepsza na świecie     2.5
najlepsze na świecie     2.5
nie ma lepszego          2.5
nie ma lepszej           2.5
nie ma lepszych          2.5
lepszego nie ma          2.5
lepiej być nie może      2.5
lepiej nie mogło być     2.5
## --- verbs and verb forms: negative
nie polecam              -2.6
nie polecamy             -2.6
odradzam                 -2.6
odradzamy                -2.6
odradza                  -2.6
nie warto                -2.6
nie opłaca się           -2.6
szkoda pieniędzy         -2.6
szkoda kasy              -2.6
szkoda czasu             -2.6
strata czasu             -2.6
strata pieniędzy         -2.6
wyrzucone pieniądze      -2.6
pieniądze w błoto        -2.6
nie kupujcie             -2.6
omijać szerokim łukiem   -2.6
omijajcie                -2.6
unikajcie                -2.6
unikać jak ognia         -2.6
nigdy więcej             -3.0
nigdy więcej nie kupię   -3.0
więcej nie kupię         -3.0
nigdy więcej nie zamówię -3.0
więcej nie zamówię       -3.0
nigdy więcej tutaj       -3.0
ostatni raz              -3.0
pierwszy i ostatni raz   -3.0
nigdy więcej nie polecę  -3.0
noga moja tu więcej nie postanie -3.0
nienawidzę               -2.6
nienawidzi               -2.6
nienawidzą               -2.6
nienawiść                -2.6
nienawiści               -2.6
nienawiścią              -2.6
nie znoszę               -2.6
nie cierpię              -2.6
nie trawię               -2.6
nie lubię                -2.6
nie lubi                 -2.6
nie lubią                -2.6
znienawidzon*            -2.6
nienawistn*              -2.6
hejt                     -2.6
hejtu                    -2.6
hejter                   -2.6
hejterzy                 -2.6
hejtuje                  -2.6
hejtować                 -2.6
hejcie                   -2.6
nie podoba mi się        -2.2
nie podobało mi się      -2.2
nie podobał mi się       -2.2
nie podobała mi się      -2.2
nie podobają mi się      -2.2
nie spodobało mi się     -2.2
nie przypadło mi do gustu -2.2
nie przypadł mi do gustu -2.2
nie przypadła mi do gustu -2.2
nie dla mnie             -2.2
rozczarowanie            -2.3
rozczarowania            -2.3
rozczarowaniem           -2.3
rozczarował              -2.3
rozczarowała             -2.3
rozczarowało             -2.3
rozczarowały             -2.3
rozczarowali             -2.3
rozczarowany             -2.3
rozczarowana             -2.3
rozczarowujące           -2.3
rozczarowujący           -2.3
zawiodłem się            -2.3
zawiodłam się            -2.3
zawiedziona              -2.3
zawiedzeni               -2.3
zawiodły                 -2.3
zawiodło                 -2.3
narzekam                 -2.0
narzekać                 -2.0
narzeka                  -2.0
narzekają                -2.0
narzekanie               -2.0
marudzę                  -2.0
marudzi                  -2.0
jęczy                    -2.0
żalę się                 -2.0
skarga                   -2.0
skargi                   -2.0
skargę                   -2.0
skarżę się               -2.0
skarżyć                  -2.0
zażalenie                -2.0
zażalenia                -2.0
pretensj*                -2.0
reklamacj*               -2.0
reklamuję                -2.0
reklamować               -2.0
zareklamować             -2.0
zareklamowałem           -2.0
zareklamowałam           -2.0
zepsuł                   -2.2
zepsuła                  -2.2
zepsuło                  -2.2
zepsuły                  -2.2
zepsuli                  -2.2
zepsuł się               -2.2
zepsuła się              -2.2
zepsuło się              -2.2
popsuł                   -2.2
popsuła                  -2.2
popsuło                  -2.2
popsuło się              -2.2
popsuł się               -2.2
psuje się                -2.2
psują się                -2.2
rozwalił się             -2.2
rozwaliła się            -2.2
rozleciał się            -2.2
rozleciała się           -2.2
pękł                     -2.2
pękła                    -2.2
pękło                    -2.2
spalił się               -2.2
spaliła się              -2.2
nie włącza się           -2.2
nie ładuje               -2.2
nie ładuje się           -2.2
nie łączy                -2.2
nie łączy się            -2.2
padło mi                 -2.2
umarł mi                 -2.2
oszust*                  -2.5
oszuk*                   -2.5
oszukan*                 -2.5
oszustwo                 -2.5
oszustwa                 -2.5
oszukali                 -2.5
oszukał                  -2.5
oszukała                 -2.5
naciąg*                  -2.5
naciągacze               -2.5
wyłudz*                  -2.5
przekręt                 -2.5
przekręty                -2.5
przekręcie               -2.5
scam                     -2.5
scamu                    -2.5
kant                     -2.5
kanty                    -2.5
wałek                    -2.5
ściema                   -2.5
ściemy                   -2.5
ściemniają               -2.5
ściemnia                 -2.5
kłamstw*                 -2.5
kłamie                   -2.5
kłamią                   -2.5
kłamał                   -2.5
kłamała                  -2.5
kłamca                   -2.5
kłamcy                   -2.5
kłamliw*                 -2.5
okłamał                  -2.5
okłamali                 -2.5
okłamała                 -2.5
zrobili mnie w konia     -2.5
wydymali                 -2.5
wyrolowali               -2.5
orżnęli                  -2.5
złodzieje                -2.5
złodziej                 -2.5
złodziejstwo             -2.5
kradzież                 -2.5
kradzieży                -2.5
ukradł                   -2.5
ukradli                  -2.5
ukradła                  -2.5
kradną                   -2.5
okradli                  -2.5
okradł                   -2.5
spóźnion*                -2.2
spóźnienie               -2.2
spóźnienia               -2.2
spóźnia się              -2.2
spóźnił się              -2.2
spóźniła się             -2.2
opóźnion*                -2.2
opóźnienie               -2.2
opóźnienia               -2.2
opóźnieniem              -2.2
zaginęła                 -2.2
zaginął                  -2.2
zaginęło                 -2.2
zaginion*                -2.2
zgubili                  -2.2
zgubiona                 -2.2
zgubiony                 -2.2
zgubił                   -2.2
zgubiła                  -2.2
nie doszła               -2.2
nie doszło               -2.2
nie doszedł              -2.2
nie dotarła              -2.2
nie dotarło              -2.2
nie dotarł               -2.2
nie przyszła             -2.2
nie przyszło             -2.2
nie przyszedł            -2.2
nadal nie doszła         -2.2
nadal nie dotarła        -2.2
paczka nie dotarła       -2.2
przesyłka nie dotarła    -2.2
nie dostałem             -2.2
nie dostałam             -2.2
nie otrzymałem           -2.2
nie otrzymałam           -2.2
brak odpowiedzi          -2.2
bez odpowiedzi           -2.2
zero odpowiedzi          -2.2
brak kontaktu            -2.2
zero kontaktu            -2.2
nikt nie odbiera         -2.2
nikt nie odpisuje        -2.2
ciągle czekam            -2.2
nadal czekam             -2.2
wciąż czekam             -2.2
dalej czekam             -2.2
czekam i czekam          -2.2
czekam od tygodnia       -2.2
czekam od miesiąca       -2.2
czekam już               -2.2
czekam na zwrot          -2.2
czekam na odpowiedź      -2.2
wieczne czekanie         -2.2
długie oczekiwanie       -2.2
anulowali                -2.4
anulowano                -2.4
anulowane                -2.4
anulowana                -2.4
anulowany                -2.4
odwołany                 -2.4
odwołana                 -2.4
odwołane                 -2.4
odwołali                 -2.4
odwołano                 -2.4
zamówienie anulowane     -2.4
przesunięty termin       -2.4
przekładają              -2.4
przełożyli               -2.4
przełożono               -2.4
nie oddali pieniędzy     -2.4
brak zwrotu              -2.4
nie zwrócili             -2.4
nie zwrócili pieniędzy   -2.4
nie uznali reklamacji    -2.4
odrzucili reklamację     -2.4
reklamacja odrzucona     -2.4
pobrali dwa razy         -2.4
pobrali podwójnie        -2.4
podwójnie obciążony      -2.4
obciążyli                -2.4
nadpłata                 -2.4
za dużo pobrali          -2.4
ukryte opłaty            -2.4
ukryte koszty            -2.4
dodatkowe opłaty         -2.4
obsługa klienta to porażka -2.2
fatalna obsługa          -2.2
tragiczna obsługa        -2.2
beznadziejna obsługa     -2.2
zła obsługa              -2.2
kiepska obsługa          -2.2
niemiła obsługa          -2.2
opryskliwa obsługa       -2.2
chamska obsługa          -2.2
olewają klienta          -2.2
olewają                  -2.2
olali                    -2.2
olał                     -2.2
olała                    -2.2
olewka                   -2.2
olewactwo                -2.2
olewczy                  -2.2
olewcze                  -2.2
mają klienta gdzieś      -2.2
mają nas gdzieś          -2.2
mają w dupie             -2.2
nikogo to nie obchodzi   -2.2
nikt nic nie wie         -2.2
odsyłają od jednego do drugiego -2.2
spychologia              -2.2
musiałem czekać          -1.8
musiałam czekać          -1.8
czekać godzinami         -1.8
pół godziny na infolinii -1.8
infolinia nie odpowiada  -1.8
na infolinii             -1.8
w kolejce do konsultanta -1.8
stracił                  -2.0
straciła                 -2.0
straciłem                -2.0
straciłam                -2.0
straciliśmy              -2.0
stracili                 -2.0
strata                   -2.0
straty                   -2.0
stratą                   -2.0
przegrał                 -2.0
przegrała                -2.0
przegrali                -2.0
przegraliśmy             -2.0
przegrały                -2.0
przegrywa                -2.0
przegrywają              -2.0
przegrana                -2.0
przegranej               -2.0
przegraną                -2.0
porażką                  -2.0
porażki                  -2.0
klęska                   -2.0
klęski                   -2.0
klęskę                   -2.0
odpadł                   -2.0
odpadła                  -2.0
odpadli                  -2.0
odpadliśmy               -2.0
spadek                   -2.0
spadki                   -2.0
spadła                   -2.0
spadł                    -2.0
spadają                  -2.0
spadło                   -2.0
upadek                   -2.0
upadł                    -2.0
upadła                   -2.0
bankructwo               -2.0
bankrut                  -2.0
zbankrutował             -2.0
boję się                 -2.2
boi się                  -2.2
boją się                 -2.2
obawiam się              -2.2
obawy                    -2.2
obaw                     -2.2
strach                   -2.2
strachu                  -2.2
przeraża                 -2.2
przeraża mnie            -2.2
przerażając*             -2.2
przerażenie              -2.2
panika                   -2.2
paniki                   -2.2
panikuje                 -2.2
niepokój                 -2.2
niepokoju                -2.2
zmartwienie              -2.2
zmartwienia              -2.2
martwię się              -2.2
martwi mnie              -2.2
stres                    -2.2
stresu                   -2.2
stresem                  -2.2
stresuje                 -2.2
stresujące               -2.2
stresujący               -2.2
smutek                   -2.0
smutku                   -2.0
smutkiem                 -2.0
żal                      -2.0
żalu                     -2.0
szkoda                   -2.0
szkoda że                -2.0
niestety                 -2.0
niestety nie             -2.0
płaczę                   -2.0
płacze                   -2.0
płaczą                   -2.0
płakać                   -2.0
płakałem                 -2.0
płakałam                 -2.0
łzy                      -2.0
łez                      -2.0
ryczę                    -2.0
beczę                    -2.0
chlip                    -1.0
buuu                     -1.0
buu                      -1.0
eh                       -1.0
ehh                      -1.0
ehhh                     -1.0
eeh                      -1.0
ech                      -1.0
echh                     -1.0
no nie                   -1.0
ajć                      -1.0
kurde                    -1.0
kurcze                   -1.0
kurczę                   -1.0
kurna                    -1.0
kuźwa                    -1.0
ups                      -1.0
oops                     -1.0
ojoj                     -1.0
samotn*                  -2.6
samotność                -2.6
samotności               -2.6
opuszczon*               -2.6
porzucon*                -2.6
zdradzon*                -2.6
zdrada                   -2.6
zdrady                   -2.6
zdradził                 -2.6
zdradziła                -2.6
złość                    -2.4
złości                   -2.4
złością                  -2.4
gniew                    -2.4
gniewu                   -2.4
gniewem                  -2.4
wściekłość               -2.4
wściekłości              -2.4
furia                    -2.4
furii                    -2.4
irytacja                 -2.4
irytacji                 -2.4
frustracja               -2.4
frustracji               -2.4
wkurw                    -2.4
wkurwu                   -2.4
wkurza mnie              -2.4
denerwuje mnie           -2.4
irytuje mnie             -2.4
wnerwia mnie             -2.4
drażni mnie              -2.4
mam dość                 -2.4
mam dosyć                -2.4
mam tego dość            -2.4
dość tego                -2.4
mam serdecznie dość      -2.4
dosyć tego               -2.4
szlag mnie trafia        -2.4
krew mnie zalewa         -2.4
nerwy                    -2.4
nerwów                   -2.4
nerwica                  -2.4
kurwa                    -2.0
kurwy                    -2.0
kurwą                    -2.0
kurwica                  -2.0
kurwiszon                -2.0
cholera                  -2.0
cholerny                 -2.0
cholerna                 -2.0
cholerne                 -2.0
cholernie zły            -2.0
do cholery               -2.0
jasna cholera            -2.0
psiakrew                 -2.0
szlag                    -2.0
szlag by to trafił       -2.0
ja pierdolę              -2.0
japierdole               -2.0
jprdl                    -2.0
jpdl                     -2.0
pierdolę                 -2.0
pierdolić                -2.0
pierdolony               -2.0
pierdolona               -2.0
pierdolone               -2.0
spierdalaj               -2.0
spierdolił               -2.0
spierdolili              -2.0
spierdolone              -2.0
spieprzył                -2.0
spieprzyli               -2.0
spieprzone               -2.0
zjebane                  -2.0
zjebany                  -2.0
zjebali                  -2.0
zjebał                   -2.0
zjeb                     -2.0
jebany                   -2.0
jebana                   -2.0
jebane                   -2.0
jebać                    -2.0
jebie                    -2.0
wyjebane                 -2.0
chuj                     -2.0
chuja                    -2.0
chuju                    -2.0
huj                      -2.0
hujowo                   -2.0
chujowo                  -2.0
gówno                    -2.0
gówna                    -2.0
gównem                   -2.0
gównie                   -2.0
dupa                     -2.0
dupy                     -2.0
dupek                    -2.0
dupku                    -2.0
w dupie                  -2.0
w dupę                   -2.0
w pizdu                  -2.0
pizda                    -2.0
pizdy                    -2.0
cipa                     -2.0
fuck                     -2.0
fucking                  -2.0
shit                     -2.0
wtf                      -2.0
kurfa                    -2.0
qrwa                     -2.0
kórwa                    -2.0
idiota                   -2.4
idioci                   -2.4
idiotów                  -2.4
idiotka                  -2.4
debil                    -2.4
debile                   -2.4
debilu                   -2.4
debili                   -2.4
kretyn                   -2.4
kretyni                  -2.4
kretynka                 -2.4
głupek                   -2.4
głupku                   -2.4
głupcy                   -2.4
dureń                    -2.4
durnie                   -2.4
matoł                    -2.4
matoły                   -2.4
baran                    -2.4
barany                   -2.4
cham                     -2.4
chamy                    -2.4
chamie                   -2.4
prostak                  -2.4
prostaki                 -2.4
burak                    -2.4
buraki                   -2.4
frajer                   -2.4
frajerzy                 -2.4
frajerstwo               -2.4
lamus                    -2.4
lamusy                   -2.4
leszcz                   -2.4
pajac                    -2.4
pajace                   -2.4
pajacu                   -2.4
błazen                   -2.4
błazny                   -2.4
błaznów                  -2.4
cymbał                   -2.4
cymbały                  -2.4
tępak                    -2.4
tępaki                   -2.4
tępy                     -2.4
tępa                     -2.4
tępe                     -2.4
palant                   -2.4
dziad                    -2.4
dziady                   -2.4
świnia                   -2.4
świnie                   -2.4
szuja                    -2.4
szuje                    -2.4
gnida                    -2.4
gnidy                    -2.4
łajdak                   -2.4
łajdaki                  -2.4
drań                     -2.4
dranie                   -2.4
bydło                    -2.4
hołota                   -2.4
patola                   -2.4
patologia                -2.4
patus                    -2.4
patusy                   -2.4
żul                      -2.4
żule                     -2.4
menel                    -2.4
menele                   -2.4
ciota                    -2.4
ciole                    -2.4
kmiot                    -2.4
kmioty                   -2.4
wieśniak                 -2.4
wieśniaki                -2.4
wieśniactwo              -2.4
wiocha                   -2.4
wiocha totalna           -2.4
obciachu                 -2.4
siara                    -2.4
siary                    -2.4
lamerstwo                -2.4
lamer                    -2.4
noob                     -2.4
nooby                    -2.4
problem                  -1.8
problemy                 -1.8
problemu                 -1.8
problemem                -1.8
problemów                -1.8
problematyczne           -1.8
kłopot                   -1.8
kłopoty                  -1.8
kłopotu                  -1.8
kłopotem                 -1.8
usterka                  -1.8
usterki                  -1.8
usterkę                  -1.8
awaria                   -1.8
awarii                   -1.8
awarię                   -1.8
awarie                   -1.8
błąd                     -1.8
błędy                    -1.8
błędu                    -1.8
błędem                   -1.8
błędów                   -1.8
bug                      -1.8
bugi                     -1.8
bugów                    -1.8
wada                     -1.8
wady                     -1.8
wadę                     -1.8
wadą                     -1.8
defekt                   -1.8
defekty                  -1.8
wadliwy                  -1.8
wadliwe                  -1.8
usterek                  -1.8
zawieszka                -1.8
zwiecha                  -1.8
freeze                   -1.8
crash                    -1.8
zawiecha                 -1.8
brak                     -1.0
braku                    -1.0
brakuje                  -1.0
brakowało                -1.0
nie wiadomo              -1.0
nie można                -1.0
brak towaru              -2.0
brak kontaktu z obsługą  -2.0
nic nie działa           -2.0
nic nie pomaga           -2.0
nie pomogło              -2.0
nie pomogli              -2.0
nie pomaga               -2.0
nie pomagają             -2.0
nikt nie pomógł          -2.0
nikt mi nie pomógł       -2.0
nie rozumiem dlaczego    -2.0
nie rozumiem czemu       -2.0
nie wiem po co           -2.0
po co to                 -2.0
po co komu               -2.0
wstydź się               -2.3
wstydźcie się            -2.3
hańba                    -2.3
hańby                    -2.3
hańbą                    -2.3
skandal                  -2.3
skandale                 -2.3
skandalu                 -2.3
skandalem                -2.3
afera                    -2.3
afery                    -2.3
aferze                   -2.3
aferą                    -2.3
kompromitacja            -2.3
kompromitacji            -2.3
ośmieszenie              -2.3
ośmieszył                -2.3
ośmieszyła               -2.3
pośmiewisko              -2.3
żałość                   -2.3
żenua                    -2.3
cringe                   -2.3
krindż                   -2.3
krindżowe                -2.3
facepalm                 -2.3
niestety tak             -1.5
niestety już             -1.5
szkoda gadać             -1.5
szkoda słów              -1.5
brak słów                -1.5
ręce opadają             -1.5
ręce mi opadły           -1.5
ręce opadły              -1.5
załamka                  -1.5
załamany                 -1.5
załamana                 -1.5
załamuje                 -1.5
załamać się              -1.5
zgroza                   -1.5
zgrozą                   -1.5
o zgrozo                 -1.5
dno                      -1.5
dno i wodorosty          -1.5
dno totalne              -1.5
porażka totalna          -1.5
totalna porażka          -1.5
totalna klapa            -1.5
koniec świata            -1.5
nudzi mi się             -2.0
nudzę się                -2.0
nuży                     -2.0
wynudziłem się           -2.0
wynudziłam się           -2.0
przynudza                -2.0
przynudzają              -2.0
zasnąłem                 -2.0
usnąłem                  -2.0
zmarnowan*               -2.2
zmarnowałem              -2.2
zmarnowałam              -2.2
zmarnował                -2.2
zmarnowała               -2.2
marnuje                  -2.2
marnować                 -2.2
marnowanie               -2.2
marnotrawstwo            -2.2
strata czasu i pieniędzy -2.2
zabójstwo                -2.8
zabójstwa                -2.8
zabójca                  -2.8
zabójcy                  -2.8
morderstwo               -2.8
morderstwa               -2.8
morderca                 -2.8
mordercy                 -2.8
zamordowan*              -2.8
zamordował               -2.8
zamordowali              -2.8
zabił                    -2.8
zabiła                   -2.8
zabili                   -2.8
zabity                   -2.8
zabita                   -2.8
zabici                   -2.8
zabitych                 -2.8
zginął                   -2.8
zginęła                  -2.8
zginęli                  -2.8
zginęło                  -2.8
ofiary                   -2.8
ofiar                    -2.8
ofiarami                 -2.8
śmierć                   -2.8
śmierci                  -2.8
śmiercią                 -2.8
zmarł                    -2.8
zmarła                   -2.8
zmarli                   -2.8
zmarło                   -2.8
nie żyje                 -2.8
nie żyją                 -2.8
zgon                     -2.8
zgonu                    -2.8
zgonów                   -2.8
pogrzeb                  -2.8
pogrzebu                 -2.8
żałoba                   -2.8
żałoby                   -2.8
tragicznie               -2.8
tragiczny wypadek        -2.8
katastrofa               -2.8
katastrofy               -2.8
katastrofie              -2.8
katastrofą               -2.8
wojna                    -2.4
wojny                    -2.4
wojnie                   -2.4
wojną                    -2.4
wojen                    -2.4
wojenn*                  -2.4
atak                     -2.4
ataku                    -2.4
ataki                    -2.4
atakiem                  -2.4
ataków                   -2.4
zaatakował               -2.4
zaatakowali              -2.4
zaatakowany              -2.4
zaatakowana              -2.4
zamach                   -2.4
zamachu                  -2.4
zamachy                  -2.4
zamachowiec              -2.4
terroryst*               -2.4
terroryzm                -2.4
terroru                  -2.4
terror                   -2.4
bombardowani*            -2.4
zbombardow*              -2.4
ostrzał                  -2.4
ostrzału                 -2.4
ostrzelan*               -2.4
ostrzeliwan*             -2.4
inwazja                  -2.4
inwazji                  -2.4
agresja                  -2.4
agresji                  -2.4
agresor                  -2.4
agresora                 -2.4
agresywn*                -2.4
przemoc                  -2.4
przemocy                 -2.4
przemocą                 -2.4
okupacja                 -2.4
okupant*                 -2.4
ludobójstwo              -2.4
ludobójstwa              -2.4
rzeź                     -2.4
masakra ludności         -2.4
egzekucja                -2.4
egzekucji                -2.4
tortury                  -2.4
torturowan*              -2.4
porwan*                  -2.4
zakładnik*               -2.4
zamieszki                -2.4
zamieszek                -2.4
rozruchy                 -2.4
starcia                  -2.4
starć                    -2.4
zestrzelon*              -2.4
zestrzelił               -2.4
zestrzelili              -2.4
kryzys                   -2.0
kryzysu                  -2.0
kryzysem                 -2.0
kryzysie                 -2.0
recesja                  -2.0
recesji                  -2.0
bezrobocie               -2.0
bezrobocia               -2.0
bieda                    -2.0
biedy                    -2.0
biedą                    -2.0
ubóstwo                  -2.0
ubóstwa                  -2.0
nędza                    -2.0
nędzy                    -2.0
głód                     -2.0
głodu                    -2.0
inflacja                 -2.0
inflacji                 -2.0
drożyzna                 -2.0
drożyzny                 -2.0
podwyżka cen             -2.0
podwyżki cen             -2.0
zadłużenie               -2.0
deficyt                  -2.0
deficytu                 -2.0
cięcia                   -2.0
cięć                     -2.0
zwolnienia               -2.0
zwolnień                 -2.0
zwolnion*                -2.0
likwidacja               -2.0
likwidacji               -2.0
upadłość                 -2.0
upadłości                -2.0
sankcje                  -2.0
sankcji                  -2.0
embargo                  -2.0
blokada                  -2.0
blokady                  -2.0
korupcja                 -2.2
korupcji                 -2.2
korupcyjn*               -2.2
łapówk*                  -2.2
łapówkarz*               -2.2
przekupstw*              -2.2
malwersacj*              -2.2
defraudacj*              -2.2
nadużyci*                -2.2
przestępstw*             -2.2
przestępc*               -2.2
przestępcz*              -2.2
zbrodnia                 -2.2
zbrodni                  -2.2
zbrodniarz*              -2.2
zbrodnicz*               -2.2
mafia                    -2.2
mafii                    -2.2
gangster*                -2.2
bandyt*                  -2.2
bandziorów               -2.2
bandzior*                -2.2
kradzieże                -2.2
włamanie                 -2.2
włamania                 -2.2
napad                    -2.2
napadu                   -2.2
napady                   -2.2
pobicie                  -2.2
pobicia                  -2.2
pobity                   -2.2
pobita                   -2.2
pobili                   -2.2
gwałt                    -2.2
gwałtu                   -2.2
zgwałcon*                -2.2
molestowan*              -2.2
pedofil*                 -2.2
handel ludźmi            -2.2
protest                  -1.8
protestu                 -1.8
protesty                 -1.8
protestów                -1.8
strajk                   -1.8
strajku                  -1.8
strajki                  -1.8
demonstracja przeciw     -1.8
sprzeciw                 -1.8
sprzeciwu                -1.8
krytyka                  -1.8
krytyki                  -1.8
krytykuje                -1.8
skrytykował              -1.8
skrytykowała             -1.8
potępia                  -1.8
potępił                  -1.8
potępiła                 -1.8
potępienie               -1.8
oskarża                  -1.8
oskarżył                 -1.8
oskarżenia               -1.8
oskarżony                -1.8
oskarżona                -1.8
zarzuty                  -1.8
zarzutów                 -1.8
zarzut                   -1.8
pozew                    -1.8
skazan*                  -1.8
wyrok skazujący          -1.8
areszt                   -1.8
aresztu                  -1.8
aresztowan*              -1.8
więzienie                -1.8
więzienia                -1.8
więzieniu                -1.8
wypadek                  -2.0
wypadku                  -2.0
wypadki                  -2.0
wypadków                 -2.0
wypadkiem                -2.0
kolizja                  -2.0
kolizji                  -2.0
zderzenie                -2.0
zderzenia                -2.0
pożar                    -2.0
pożaru                   -2.0
pożary                   -2.0
spłonął                  -2.0
spłonęła                 -2.0
spłonęło                 -2.0
powódź                   -2.0
powodzi                  -2.0
powodzie                 -2.0
ulewa                    -2.0
nawałnica                -2.0
nawałnice                -2.0
burza                    -2.0
burze                    -2.0
huragan                  -2.0
trzęsienie ziemi         -2.0
lawina                   -2.0
susza                    -2.0
suszy                    -2.0
epidemia                 -2.0
epidemii                 -2.0
pandemia                 -2.0
pandemii                 -2.0
wirus                    -2.0
wirusa                   -2.0
zakażenie                -2.0
zakażeń                  -2.0
zarażon*                 -2.0
ebola                    -2.0
eboli                    -2.0
rak                      -2.0
raka                     -2.0
nowotwór                 -2.0
nowotworu                -2.0
zawał                    -2.0
udar                     -2.0
ranni                    -2.0
rannych                  -2.0
obrażenia                -2.0
obrażeń                  -2.0
poszkodowan*             -2.0
ewakuacja                -2.0
ewakuacji                -2.0
ewakuowan*               -2.0
zagrożenie               -1.7
zagrożenia               -1.7
zagrożeniem              -1.7
zagraża                  -1.7
zagrażają                -1.7
groźba                   -1.7
groźby                   -1.7
grozi                    -1.7
grożą                    -1.7
grozić                   -1.7
zagrożon*                -1.7
ryzyko                   -1.7
ryzyka                   -1.7
ryzykown*                -1.7
niebezpieczeństwo        -1.7
niebezpieczeństwa        -1.7
alarm                    -1.7
alarmu                   -1.7
ostrzeżenie              -1.7
ostrzega                 -1.7
ostrzegają               -1.7
cierpienie               -1.8
cierpienia               -1.8
cierpi                   -1.8
cierpią                  -1.8
cierpieć                 -1.8
ból                      -1.8
bólu                     -1.8
bóle                     -1.8
boli                     -1.8
bolało                   -1.8
bolą                     -1.8
męka                     -1.8
męki                     -1.8
męczarnia                -1.8
męczarnie                -1.8
trauma                   -1.8
traumy                   -1.8
traumatyczn*             -1.8
depresja                 -1.8
depresji                 -1.8
depresyjn*               -1.8
płacz                    -1.8
płaczu                   -1.8
rozpacz                  -1.8
rozpaczy                 -1.8
rozpaczliw*              -1.8
desperacja               -1.8
desperacko               -1.8
bezradn*                 -1.8
bezsiln*                 -1.8
beznadzieja              -1.8
beznadziei               -1.8
kłamstwo                 -2.2
kłamstwa                 -2.2
fałsz                    -2.2
fałszyw*                 -2.2
obłud*                   -2.2
hipokryzja               -2.2
hipokryzji               -2.2
hipokryta                -2.2
hipokryci                -2.2
manipulacja              -2.2
manipulacji              -2.2
manipuluj*               -2.2
propaganda               -2.2
propagandy               -2.2
propagandow*             -2.2
cenzura                  -2.2
cenzury                  -2.2
dezinformacj*            -2.2
fake news                -2.2
fejk                     -2.2
fejki                    -2.2
ściema totalna           -2.2
bzdura                   -2.2
bzdury                   -2.2
bzdurą                   -2.2
bzdurn*                  -2.2
brednie                  -2.2
bredni                   -2.2
bredzi                   -2.2
bredzisz                 -2.2
pierdoły                 -2.2
pierdoły opowiada        -2.2
pieprzy                  -2.2
pieprzenie               -2.2
bełkot                   -2.2
bełkotu                  -2.2
steki bzdur              -2.2
głupoty gada             -2.2
nonsens                  -2.2
nonsensu                 -2.2
absurd                   -2.2
absurdu                  -2.2
absurdy                  -2.2
absurdaln*               -2.2
paranoja                 -2.2
paranoi                  -2.2
chore to                 -2.2
jakaś paranoja           -2.2
niedobry                 -1.5
niedobra                 -1.5
niedobre                 -1.5
niedobrze                -1.5
niepewn*                 -1.5
niestabiln*              -1.5
niebezpiecznie           -1.5
niezadowolon*            -1.5
niezadowolenie           -1.5
niezadowolenia           -1.5
nieprzyjazn*             -1.5
niesprawiedliw*          -1.5
niesprawiedliwość        -1.5
niesprawiedliwości       -1.5
nieszczęście             -1.5
nieszczęścia             -1.5
nieszczęściem            -1.5
nieporozumienie          -1.5
nieporozumienia          -1.5
niewypał                 -1.5
niewypały                -1.5
nie da się tego słuchać  -2.0
nie da się tego oglądać  -2.0
nie da się tego czytać   -2.0
nie do przyjęcia         -2.0
nie do zniesienia        -2.0
nie do wytrzymania       -2.0
bez komentarza           -2.0
no comment               -2.0
szkoda komentować        -2.0
ręce i nogi opadają      -2.0
nie mam słów             -2.0
słów brak                -2.0
ale jaja                 -1.6
jaja sobie robią         -1.6
jaja jak berety          -1.6
kpina                    -1.6
kpiny                    -1.6
kpiną                    -1.6
drwina                   -1.6
drwiny                   -1.6
szydera                  -1.6
śmiech na sali           -1.6
cyrk                     -1.6
cyrku                    -1.6
cyrkiem                  -1.6
farsa                    -1.6
farsy                    -1.6
teatrzyk                 -1.6
parodia                  -1.6
parodii                  -1.6
błazenada                -1.6
żart roku                -1.6
chyba żartujesz          -1.6
chyba sobie żartujecie   -1.6
sobie jaja robicie       -1.6
rzygać się chce          -2.4
rzygam                   -2.4
rzygać                   -2.4
rzyg                     -2.4
wymiotuję                -2.4
wymioty                  -2.4
mdli mnie                -2.4
niedobrze mi             -2.4
obrzydzenie              -2.4
obrzydzenia              -2.4
odrazy                   -2.4
fuj                      -2.4
fuu                      -2.4
bleh                     -2.4
bleee                    -2.4
ble                      -2.4
błe                      -2.4
feee                     -2.4
bue                      -2.4
zmęczenie                -1.2
zmęczony                 -1.2
zmęczona                 -1.2
wyczerpanie              -1.2
niewyspany               -1.2
niewyspana               -1.2
w korku                  -1.2
deszcz                   -0.6
deszczu                  -0.6
ulewny                   -0.6
zimno                    -0.6
mróz                     -0.6
mrozu                    -0.6
upał                     -0.6
upały                    -0.6
upale                    -0.6
korki                    -0.6
korków                   -0.6
poniedziałek             -0.6
## --- further positive vocabulary
podziwiam                2.0
podziwiać                2.0
podziw                   2.0
podziwu                  2.0
szanuję                  2.0
szanować                 2.0
szacunkiem               2.0
doceniam                 2.0
doceniamy                2.0
docenić                  2.0
ufam                     2.0
zaufanie                 2.0
zaufania                 2.0
zaufaniem                2.0
wierzę w                 2.0
dumny                    2.0
dumna                    2.0
dumne                    2.0
dumni                    2.0
duma                     2.0
dumy                     2.0
dumą                     2.0
niezapomnian*            2.5
niezastąpion*            2.5
niebiańsk*               2.5
rajsk*                   2.5
raj                      2.5
raju                     2.5
rajem                    2.5
marzenie                 2.5
marzenia                 2.5
marzeniem                2.5
spełnienie marzeń        2.5
wymarzon*                2.5
idealnie pasuje          2.5
pasuje idealnie          2.5
leży idealnie            2.5
pasuje jak ulał          2.5
niewiarygodn*            1.0
nieprawdopodobn*         1.0
nieograniczon*           1.0
ulubieniec               1.6
ulubieńcy                1.6
faworyt                  1.6
pupil                    1.6
bohater                  1.6
bohaterka                1.6
bohaterowie              1.6
legenda                  1.6
legendarn*               1.6
gwiazda wieczoru         1.6
geniusz                  1.6
geniuszem                1.6
talent                   1.6
talentem                 1.6
porozumienie             1.5
porozumienia             1.5
pojednanie               1.5
rozejm                   1.5
zawieszenie broni        1.5
współpraca               1.5
współpracy               1.5
solidarność              1.5
solidarności             1.5
jedność                  1.5
wolność                  1.5
wolności                 1.5
niepodległość            1.5
sprawiedliwość           1.5
sprawiedliwości          1.5
sprawiedliw*             1.5
uczciwość                1.5
uczciwości               1.5
postęp                   1.6
postępy                  1.6
rozwój                   1.6
rozwoju                  1.6
poprawa                  1.6
poprawy                  1.6
poprawiło się            1.6
polepszyło się           1.6
poprawił się             1.6
poprawiła się            1.6
lepiej się czuję         1.6
zdrowieje                1.6
wyzdrowiał               1.6
wyzdrowiała              1.6
uratował                 1.6
uratowała                1.6
uratowali                1.6
uratowan*                1.6
ocalał*                  1.6
ocalon*                  1.6
ocalił                   1.6
wyleczon*                1.6
wyleczył                 1.6
wyzdrowienie             1.6
zwycięski                2.0
zwycięska                2.0
zwycięskie               2.0
wygrany                  2.0
wygrani                  2.0
złota                    2.0
srebrny medal            2.0
brązowy medal            2.0
brąz                     2.0
podium                   2.0
mistrzami                2.0
awansowaliśmy            2.0
zwycięstwo polski        2.0
polska górą              2.0
jesteśmy mistrzami       2.0
do boju                  2.0
dajesz                   2.0
go go                    2.0
finał                    1.0
finale                   1.0
półfinał                 1.0
półfinale                1.0
gol                      1.0
gola                     1.0
gole                     1.0
zgrany                   1.4
zgrana                   1.4
zgrane                   1.4
zgranie                  1.4
wysportowan*             1.4
sprawny                  1.4
sprawna                  1.4
w formie                 1.4
w dobrej formie          1.4
w świetnej formie        1.4
formie życiowej          1.4
zachwycający             1.8
zachwycająca             1.8
zachwycające             1.8
cudowny                  1.8
świetność                1.8
potęga                   1.0
potęgą                   1.0
silny                    1.0
silna                    1.0
silne                    1.0
mocny                    1.0
mocna                    1.0
mocne                    1.0
mocarn*                  1.0
super sprawa             2.2
ekstra rzecz             2.2
wypas                    2.2
wypasion*                2.2
wypasik                  2.2
bajer                    2.2
bajerancki               2.2
bajeranck*               2.2
cacy                     2.2
cud miód                 2.2
cud miód malina          2.2
miodzio                  2.2
miodnie                  2.2
miodny                   2.2
mistrz świata            2.2
złote dziecko            2.2
gitara                   2.2
git git                  2.2
sztywniacko              2.2
w deche                  2.2
w dechę                  2.2
zarąbiście               2.2
obłędnie                 2.2
bosko                    2.2
boski                    2.2
boska                    2.2
boskie                   2.2
dziękuję ślicznie        2.0
dzięki serdeczne         2.0
dziekuję                 2.0
dzięki piękne            2.0
dzięki bardzo            2.0
dziękówa                 2.0
dzięks wielkie           2.0
wdzięczn*                2.0
wdzięczność              2.0
wdzięczności             2.0
jestem wdzięczny         2.0
jestem wdzięczna         2.0
wspiera nas              1.7
wsparcie klienta         1.7
obsługa klienta na poziomie 1.7
na poziomie              1.7
wysoki poziom            1.7
na wysokim poziomie      1.7
godnie                   1.7
z klasą                  1.7
klasowo                  1.7
profesjonalnie           1.7
fachowo                  1.7
kompetentnie             1.7
terminowo                1.7
na czas                  1.7
punktualnie              1.7
punktualn*               1.7
w terminie               1.7
przed czasem             1.7
w ciągu doby             1.7
zgodnie z obietnicą      1.7
dotrzymali słowa         1.7
słowni                   1.7
słowny                   1.7
słowna                   1.7
bezpłatn*                1.6
darmow*                  1.6
gratis                   1.6
za darmo                 1.6
za free                  1.6
zniżka                   1.6
zniżki                   1.6
zniżkę                   1.6
taniej                   1.6
najtaniej                1.6
tanio i dobrze           1.6
dobra cena               1.6
świetna cena             1.6
niska cena               1.6
atrakcyjna cena          1.6
atrakcyjn*               1.6
cena do jakości          1.6
stosunek jakości do ceny 1.6
smakuje                  1.5
smakowało                1.5
smakował                 1.5
smakowała                1.5
smakują                  1.5
pachnie                  1.5
pięknie pachnie          1.5
ładnie pachnie           1.5
aromatyczn*              1.5
soczyst*                 1.5
chrupiąc*                1.5
świeży                   1.5
świeża                   1.5
świeże                   1.5
świeżutki                1.5
świeżutkie               1.5
domowy smak              1.5
zrozumiały               1.4
jasny przekaz            1.4
łatwy                    1.4
łatwa                    1.4
łatwe                    1.4
łatwo                    1.4
łatwiej                  1.4
łatwizna                 1.4
prosty w obsłudze        1.4
prosta w obsłudze        1.4
proste w obsłudze        1.4
intuicyjny               1.4
wygodnie                 1.4
komfort                  1.4
komfortu                 1.4
komfortow*               1.4
przestronn*              1.4
wygoda                   1.4
wygody                   1.4
ciekawy                  1.5
ciekawa                  1.5
ciekawe                  1.5
ciekawie                 1.5
ciekawego                1.5
ciekawych                1.5
interesujący             1.5
interesująca             1.5
interesujące             1.5
warte uwagi              1.5
godne uwagi              1.5
wartościowy              1.5
pouczając*               1.5
pomocny artykuł          1.5
świetny tekst            1.5
świetny wpis             1.5
świetny artykuł          1.5
dobry tekst              1.5
polecam lekturę          1.5
polecam przeczytać       1.5
polecam obejrzeć         1.5
polecam posłuchać        1.5
must have                1.5
must see                 1.5
must read                1.5
## --- further negative vocabulary
krytykować               -2.0
krytykują                -2.0
skrytykowali             -2.0
skarżą się               -2.0
narzekania               -2.0
narzekań                 -2.0
żale                     -2.0
żalów                    -2.0
lament                   -2.0
lamentuje                -2.0
jęczenie                 -2.0
marudzenie               -2.0
biadolenie               -2.0
wyrzekać                 -2.0
zawieść                  -2.2
zawiodą                  -2.2
zawiedzie                -2.2
zawodzą                  -2.2
zawodny                  -2.2
zawodna                  -2.2
zawodne                  -2.2
awaryjn*                 -2.2
psuje                    -2.2
psują                    -2.2
psuć                     -2.2
rozpada się              -2.2
rozpadło się             -2.2
rozpadł się              -2.2
odkleja się              -2.2
odpadło                  -2.2
przecieka                -2.2
cieknie                  -2.2
skrzypi                  -2.2
trzeszczy                -2.2
grzeje się               -2.2
przegrzewa się           -2.2
nagrzewa się             -2.2
rozładowuje się          -2.2
szybko się rozładowuje   -2.2
bateria trzyma krótko    -2.2
słaba bateria            -2.2
oszukują                 -2.4
oszukuje                 -2.4
oszukać                  -2.4
oszukano                 -2.4
naciągają                -2.4
naciąga                  -2.4
naciągnęli               -2.4
naciągnął                -2.4
zdzierają                -2.4
zdziera                  -2.4
łupią                    -2.4
wykorzystują             -2.4
wykorzystał              -2.4
wykorzystali             -2.4
okradają                 -2.4
okrada                   -2.4
kradnie                  -2.4
kradną nas               -2.4
żerują                   -2.4
żeruje                   -2.4
niedopracowan*           -2.2
niedorobion*             -2.2
niedokończon*            -2.2
niekompletn*             -2.2
niefunkcjonaln*          -2.2
niewydajn*               -2.2
nieczyteln*              -2.2
nieintuicyjn*            -2.2
nieergonomiczn*          -2.2
nielogiczn*              -2.2
niespójn*                -2.2
nieaktualn*              -2.2
nieprawdziw*             -2.2
nieprawda                -2.2
nieprawdą                -2.2
nieścisł*                -2.2
niezgodn*                -2.2
niezgodny z opisem       -2.2
niezgodna z opisem       -2.2
niezgodne z opisem       -2.2
inny niż na zdjęciu      -2.2
inna niż na zdjęciu      -2.2
inne niż na zdjęciu      -2.2
nie to zamawiałem        -2.2
nie to zamawiałam        -2.2
nie ten rozmiar          -2.2
zły rozmiar              -2.2
nie ten kolor            -2.2
obrzydlistwo             -2.4
paskudztwo               -2.4
paskudą                  -2.4
ohyda                    -2.4
ohydztwo                 -2.4
okropność                -2.4
okropieństwo             -2.4
potworność               -2.4
koszmar                  -2.4
koszmaru                 -2.4
koszmarem                -2.4
horror                   -2.4
horroru                  -2.4
piekło                   -2.4
piekła                   -2.4
piekle                   -2.4
makabra                  -2.4
makabryczn*              -2.4
idiotyzm                 -2.0
idiotyzmy                -2.0
kretynizm                -2.0
debilizm                 -2.0
bezmyślność              -2.0
ignorancja               -2.0
ignorancji               -2.0
ignorant                 -2.0
ignoranci                -2.0
dyletant*                -2.0
amatorszczyzna           -2.0
partactwo                -2.0
fuszerka                 -2.0
fuszerki                 -2.0
partacz                  -2.0
partacze                 -2.0
spartaczon*              -2.0
spartolone               -2.0
spartolił                -2.0
skopane                  -2.0
skopali                  -2.0
schrzanił                -2.0
schrzanili               -2.0
schrzanione              -2.0
zawalił                  -2.0
zawalili                 -2.0
zawalone                 -2.0
nawalił                  -2.0
nawalili                 -2.0
dali ciała               -2.0
dał ciała                -2.0
dała ciała               -2.0
nieuprzejmość            -2.2
chamstwo w obsłudze      -2.2
brak kultury             -2.2
brak szacunku            -2.2
lekceważenie             -2.2
lekceważą                -2.2
lekceważy                -2.2
zlekceważył              -2.2
ignorują                 -2.2
ignoruje                 -2.2
zignorowali              -2.2
zignorował               -2.2
olać                     -2.2
olewają maile            -2.2
nie odpisują             -2.2
nie oddzwonili           -2.2
nie oddzwonił            -2.2
nie oddzwoniła           -2.2
nikt nie oddzwonił       -2.2
rozłączyli               -2.2
rozłączył                -2.2
rozłączyła               -2.2
odbili piłeczkę          -2.2
pogarsza                 -2.3
pogorszyło się           -2.3
pogorszył się            -2.3
pogorszyła się           -2.3
pogorszenie              -2.3
gorzej niż               -2.3
coraz gorzej             -2.3
coraz gorsze             -2.3
coraz gorszy             -2.3
z dnia na dzień gorzej   -2.3
zjazd w dół              -2.3
równia pochyła           -2.3
dołek                    -2.3
dołka                    -2.3
schodzi na psy           -2.3
zeszło na psy            -2.3
psu na budę              -2.3
na psa urok              -2.3
pod psem                 -2.3
śmierdzi                 -2.0
śmierdzą                 -2.0
śmierdziało              -2.0
cuchnie                  -2.0
smród                    -2.0
smrodu                   -2.0
odór                     -2.0
brud                     -2.0
brudu                    -2.0
syf i malaria            -2.0
karaluchy                -2.0
robaki                   -2.0
pleśń                    -2.0
pleśni                   -2.0
zgnilizna                -2.0
przypalone               -2.0
twarde jak kamień        -2.0
gumowate                 -2.0
bez smaku                -2.0
bezsmakow*               -2.0
niedogotowan*            -2.0
niedopieczon*            -2.0
drogo jak                -1.8
horrendaln*              -1.8
astronomiczn*            -1.8
kosmiczne ceny           -1.8
chore ceny               -1.8
zdzierca                 -1.8
zdziercy                 -1.8
paskarz*                 -1.8
lichwa                   -1.8
lichwiarz*               -1.8
nerwowo                  -1.6
nerwow*                  -1.6
spięty                   -1.6
spięta                   -1.6
napięcie                 -1.6
napięcia                 -1.6
konflikt                 -1.6
konfliktu                -1.6
konflikty                -1.6
kłótnia                  -1.6
kłótni                   -1.6
kłótnie                  -1.6
awantura                 -1.6
awantury                 -1.6
awanturę                 -1.6
bójka                    -1.6
bójki                    -1.6
zadyma                   -1.6
zadymy                   -1.6
bijatyka                 -1.6
rozróba                  -1.6
upokorzenie              -2.0
upokarzając*             -2.0
poniżając*               -2.0
poniżenie                -2.0
dyskryminacja            -2.0
dyskryminacji            -2.0
rasizm                   -2.0
rasista                  -2.0
rasiści                  -2.0
rasistowsk*              -2.0
ksenofobi*               -2.0
antysemit*               -2.0
homofob*                 -2.0
nazizm                   -2.0
nazist*                  -2.0
faszyzm                  -2.0
faszyst*                 -2.0
faszol                   -2.0
faszole                  -2.0
komuch                   -2.0
komuchy                  -2.0
bolszewi*                -2.0
zdrajca                  -2.0
zdrajcy                  -2.0
zdradzieck*              -2.0
zaprzaniec               -2.0
winny                    -1.8
winni                    -1.8
z winy                   -1.8
z waszej winy            -1.8
umieram                  -2.0
umrę                     -2.0
umieram z nudów          -2.0
zabij mnie               -2.0
zabijcie mnie            -2.0
kill me                  -2.0
nie wytrzymam            -2.0
nie wytrzymuję           -2.0
nie daję rady            -2.0
nie dam rady             -2.0
mam dość życia           -2.0
chce mi się płakać       -2.0
chce mi się wyć          -2.0
chce mi się rzygać       -2.0
szlag by to              -2.0
tragedia narodowa        -2.6
totalna tragedia         -2.6
totalny syf              -2.6
totalna żenada           -2.6
kompletna porażka        -2.6
kompletna klapa          -2.6
porażka na całej linii   -2.6
dno dna                  -2.6
szczyt bezczelności      -2.6
szczyt chamstwa          -2.6
szczyt głupoty           -2.6
skandaliczna obsługa     -2.6
skandaliczne zachowanie  -2.6
mogło być lepiej         -1.4
mogłoby być lepiej       -1.4
bywało lepiej            -1.4
szału nie ma             -1.4
bez szału                -1.4
bez rewelacji            -1.4
nic specjalnego          -1.4
nic szczególnego         -1.4
nic nadzwyczajnego       -1.4
nic ciekawego            -1.4
nic wielkiego            -1.4
tak średnio              -1.4
raczej słabo             -1.4
słabiutko                -1.4
słabizna                 -1.4
słabiutki                -1.4
słabiutka                -1.4
nijak                    -1.4
nijaki                   -1.4
nijaka                   -1.4
nijakie                  -1.4
bez wyrazu               -1.4
nudnawe                  -1.4
przeciętniak             -1.4
niestety musiałem        -1.2
niestety musiałam        -1.2
za mały                  -1.2
za mała                  -1.2
za małe                  -1.2
za duży                  -1.2
za duża                  -1.2
za duże                  -1.2
za krótki                -1.2
za krótka                -1.2
za krótkie               -1.2
za długo                 -1.2
za wolno                 -1.2
za głośno                -1.2
za słaby                 -1.2
za słaba                 -1.2
za słabe                 -1.2
za ciężki                -1.2
za ciężka                -1.2
za ciężkie               -1.2
za późno                 -1.2
za rzadko                -1.2
niepokojąc*              -1.5
zatrważając*             -1.5
smutne                   -1.5
smutny                   -1.5
smutna                   -1.5
przykre                  -1.5
przykro                  -1.5
przykro mi               -1.5
przykry                  -1.5
przykra                  -1.5
bolesne                  -1.5
żałuję                   -1.5
żałujemy                 -1.5
pożałowania              -1.5
godny pożałowania        -1.5
godne pożałowania        -1.5
rip                      -2.8
spoczywaj w pokoju       -2.8
wieczny odpoczynek       -2.8
wyrazy współczucia       -2.8
kondolencje              -2.8
kondolencji              -2.8
łączę się w bólu         -2.8
współczuję               -2.8
ból serca                -2.8
złamane serce            -2.8
pęka serce               -2.8
serce pęka               -2.8
serce mi pęka            -2.8

## --- idioms and constructions whose sentiment differs from their words
nie jest dobrze          -2.0
nie jest dobry           -2.0
nie jest dobra           -2.0
nie było dobrze          -2.0
nie za dobrze            -2.0
nie najlepiej            -2.0
nie najlepszy            -2.0
nie najlepsza            -2.0
nie najlepsze            -2.0
nie bardzo               -2.0
nie za bardzo            -2.0
nie do końca             -2.0
nie specjalnie           -2.0
niespecjalnie            -2.0
niespecjalny             -2.0
niespecjalna             -2.0
niespecjalne             -2.0
nie jest źle             1.6
nie było źle             1.6
nie jest tak źle         1.6
nie najgorzej            1.6
nie najgorszy            1.6
nie najgorsza            1.6
nie najgorsze            1.6
nie narzekam             1.6
nie narzekamy            1.6
nie mam zastrzeżeń       1.6
nie mam uwag             1.6
nie mam się do czego przyczepić 1.6
nie ma się do czego przyczepić 1.6
nie mam nic do zarzucenia 1.6
nie ma na co narzekać    1.6
nie ma co narzekać       1.6
nie mogę się nachwalić   2.2
nie mogę przestać        2.2
nie mogłem się oderwać   2.2
nie mogłam się oderwać   2.2
nie sposób się oderwać   2.2
nie żałuję ani złotówki  2.2
warte każdej złotówki    2.2
wart każdej złotówki     2.2
warta każdej złotówki    2.2
warte swojej ceny        2.2
wart swojej ceny         2.2
nie dla idiotów          -2.2
nie polecam nikomu       -2.2
nikomu nie polecam       -2.2
szkoda nerwów            -2.2
nerwy w strzępach        -2.2
nóż się w kieszeni otwiera -2.2
flaki się przewracają    -2.2
szkoda strzępić języka   -2.2
ani be ani me            -2.2
ni w pięć ni w dziewięć  -2.2
ni pies ni wydra         -2.2
do luftu                 -2.2
do chrzanu               -2.2
do kitu z tym            -2.2
pies z kulawą nogą       -2.2
wstyd i hańba            -2.2
zgroza i wstyd           -2.2
dupa blada               -1.8
dupy nie urywa           -1.8
nie urywa dupy           -1.8
bez szału ale            -1.8
na odwal się             -1.8
po łebkach               -1.8
byle jak                 -1.8
byle co                  -1.8
jak krew z nosa          -1.8
jak po grudzie           -1.8
idzie jak po grudzie     -1.8
jak dziecko we mgle      -1.8
z deszczu pod rynnę      -1.8
gwóźdź do trumny         -1.8
kula u nogi              -1.8
czarna dziura            -1.8
czarny scenariusz        -1.8
czarna seria             -1.8
czarny dzień             -1.8
pech                     -1.8
pecha                    -1.8
pechem                   -1.8
mam pecha                -1.8
jak ręką odjął           1.8
złoty strzał             1.8
w dziesiątkę             1.8
spadł z nieba            1.8
spadła z nieba           1.8
jak w raju               1.8
siódme niebo             1.8
w siódmym niebie         1.8
skacze z radości         1.8
skaczę z radości         1.8
na fali                  1.8
złota rączka             1.8
złote serce              1.8
złote ręce               1.8
ręce do pracy            1.8
z sercem                 1.8
od serca                 1.8
serducho                 1.8
serduszko                1.8
serduszka                1.8
może być                 1.2
da się                   1.2
dało się                 1.2
jakoś działa             1.2
w miarę ok               1.2
w miarę dobrze           1.2
całkiem ok               1.2
całkiem dobre            1.2
całkiem dobry            1.2
całkiem dobra            1.2
całkiem niezłe           1.2
całkiem spoko            1.2
da radę                  1.2
no comments              -1.5
bez sensu totalnie       -1.5
po co to komu            -1.5
kto to wymyślił          -1.5
kto na to pozwolił       -1.5
jak można                -1.5
jak tak można            -1.5
jak tak można żyć        -1.5
co to ma być             -1.5
co to jest za            -1.5
co za ludzie             -1.5
co za kraj               -1.5
co za idiota             -1.5
co za debil              -1.5
co za bzdura             -1.5
co za syf                -1.5
ręce opadają normalnie   -1.5
pożal się boże           -1.5
koniec z                 -1.6
mam dosyć tego           -1.6
dłużej nie wytrzymam     -1.6
szczyt wszystkiego       -1.6
tego już za wiele        -1.6
przegięcie               -1.6
przegięli                -1.6
przegiął                 -1.6
przegina                 -1.6
przegięcie pały          -1.6
przesada                 -1.6
przesadzili              -1.6
przesadził               -1.6
przesadziła              -1.6
przesadzone              -1.6

## --- English loans common in Polish social media
love                     2.4
lovely                   2.4
cool                     2.4
awesome                  2.4
amazing                  2.4
perfect                  2.4
great                    2.4
the best                 2.4
happy                    2.4
epic                     2.4
yay                      2.4
yeah                     2.4
congrats                 2.4
gj                       2.4
gg                       2.4
good job                 2.4
well done                2.4
respect                  2.4
wow wow                  2.4
sweet                    2.4
cute                     2.4
fail                     -2.2
epic fail                -2.2
bad                      -2.2
worst                    -2.2
hate                     -2.2
sucks                    -2.2
fuck this                -2.2
ffs                      -2.2
omfg                     -2.2
ugh                      -2.2
damn                     -2.2
crap                     -2.2
lame                     -2.2
boring                   -2.2
wtf wtf                  -2.2
## --- more families (prefix entries) and verb forms
cierpiał                 -2.0
cierpiała                -2.0
cierpiał*                -2.0
cierpię                  -2.0
bolał                    -2.0
bolała                   -2.0
bolą mnie                -2.0
boli mnie                -2.0
boli głowa               -2.0
łamie mnie               -2.0
dobija mnie              -2.0
dobijają mnie            -2.0
przygniata mnie          -2.0
męczy mnie               -2.0
męczą mnie               -2.0
wykańcza mnie            -2.0
wykańczają mnie          -2.0
dołuje mnie              -2.0
przeraża mnie to         -2.0
krzyczę                  -1.6
krzyczy                  -1.6
krzyczą                  -1.6
wrzeszczy                -1.6
wrzeszczą                -1.6
drze się                 -1.6
kłóci się                -1.6
kłócą się                -1.6
pokłócił                 -1.6
pokłóciła                -1.6
obraził                  -1.6
obraziła                 -1.6
obrazili                 -1.6
obraża                   -1.6
obrażają                 -1.6
obraźliw*                -1.6
obelg*                   -1.6
wyzywa                   -1.6
wyzywają                 -1.6
zwyzywał                 -1.6
szkaluj*                 -1.6
oczernia*                -1.6
opluwa*                  -1.6
pluje                    -1.6
plują                    -1.6
użalanie                 -1.5
użala się                -1.5
użalać się               -1.5
narzekanie na            -1.5
biada                    -1.5
biadoli                  -1.5
biadolą                  -1.5
o mój boże               -1.5
o boże                   -1.5
boże drogi               -1.5
matko boska              -1.5
matko jedyna             -1.5
jezus maria              -1.5
rany boskie              -1.5
ratunku                  -1.5
cieszę                   1.8
cieszyć                  1.8
cieszysz                 1.8
cieszycie                1.8
ucieszy                  1.8
cieszący                 1.8
radujmy się              1.8
raduję się               1.8
hurra                    1.8
hura                     1.8
jupi                     1.8
juhu                     1.8
jeee                     1.8
jeej                     1.8
yay yay                  1.8
wiwat                    1.8
niech żyje               1.8
wreszcie                 1.8
nareszcie                1.8
w końcu się udało        1.8
wygraj                   1.5
wygrajcie                1.5
do wygrania              1.5
konkurs                  1.5
konkursie                1.5
konkursu                 1.5
rozdajemy                1.5
rozdanie                 1.5
losowanie nagród         1.5
gratis do                1.5
bonus                    1.5
bonusy                   1.5
bonusem                  1.5
prezent dla              1.5
za darmo do              1.5
nawzajem                 1.6
wzajemnie                1.6
dziękuję nawzajem        1.6
uściski                  1.6
przytulam                1.6
przytulas                1.6
przytulasy               1.6
tulę                     1.6
buziaczek                1.6
kocham cię               1.6
kocham was               1.6
love you                 1.6
luv                      1.6
lubię to                 1.6
lajk                     1.6
lajki                    1.6
lajkuję                  1.6
fajnie że                1.6
super że                 1.6
dobrze że                1.6
fajnie było              1.6
super było               1.6
świetnie było            1.6
było super               1.6
było świetnie            1.6
było fajnie              1.6
było ekstra              1.6
łezka się w oku kręci    1.4
łezka w oku              1.4
wzruszając*              1.4
wzruszon*                1.4
wzruszyłem się           1.4
wzruszyłam się           1.4
wzrusza                  1.4
wzruszenie               1.4
rozczulając*             1.4
rozczulon*               1.4
chwilo trwaj             1.4
magiczn*                 1.4
magia                    1.4
klimatyczn*              1.4
nastrojow*               1.4
urokliw*                 1.4
malownicz*               1.4
bajkow*                  1.4
inspiruje                1.2
inspiracja               1.2
inspiracji               1.2
inspiracją               1.2
motywacja                1.2
motywacji                1.2
motywuje                 1.2
zmotywowan*              1.2
energiczn*               1.2
pełen energii            1.2
pełna energii            1.2
pozytywna energia        1.2
pasja                    1.2
pasji                    1.2
pasją                    1.2
pasjonat*                1.2
zapał                    1.2
zapału                   1.2
entuzjazm*               1.2
ambitn*                  1.2
zaangażowan*             1.2
bufon                    -1.8
bufony                   -1.8
bufonada                 -1.8
cwaniak                  -1.8
cwaniaki                 -1.8
cwaniactwo               -1.8
kombinator*              -1.8
krętacz*                 -1.8
oszołom                  -1.8
oszołomy                 -1.8
oszołomów                -1.8
szur                     -1.8
szury                    -1.8
szuria                   -1.8
pieniacz*                -1.8
lizus*                   -1.8
karierowicz*             -1.8
tchórz                   -1.8
tchórze                  -1.8
tchórzliw*               -1.8
mięczak                  -1.8
mięczaki                 -1.8
nieudacznik*             -1.8
nieudolnoś*              -1.8
nieudoln*                -1.8
nierób                   -1.8
nieroby                  -1.8
leń                      -1.8
lenie                    -1.8
lenistwo                 -1.8
obibok*                  -1.8
pasożyt*                 -1.8
darmozjad*               -1.8
złodziejsk*              -1.8
bezczelność              -1.8
bezczelnie               -1.8
zbankrutuj*              -1.6
bankrutuj*               -1.6
plajta                   -1.6
plajty                   -1.6
splajtował*              -1.6
zadłużon*                -1.6
zapożyczon*              -1.6
biedn*                   -1.6
bidn*                    -1.6
bieda z nędzą            -1.6
bez grosza               -1.6
bez kasy                 -1.6
nie mam kasy             -1.6
nie stać mnie            -1.6
nie stać nas             -1.6
drogo jak cholera        -1.6
babol                    -1.5
babole                   -1.5
babolu                   -1.5
byk ortograficzny        -1.5
literówka                -1.5
literówki                -1.5
wpadka                   -1.5
wpadki                   -1.5
wpadkę                   -1.5
gafa                     -1.5
gafy                     -1.5
gafę                     -1.5
faux pas                 -1.5
pomyłka                  -1.5
pomyłki                  -1.5
pomyłkę                  -1.5
pomylił                  -1.5
pomyliła                 -1.5
pomylili                 -1.5
myli się                 -1.5
mylą się                 -1.5
rozstrzelan*             -1.8
rozstrzelał*             -1.8
rozstrzeliwan*           -1.8
strzelanina              -1.8
strzelaniny              -1.8
strzelaniną              -1.8
postrzelon*              -1.8
postrzelił               -1.8
zastrzelon*              -1.8
zastrzelił               -1.8
zastrzelili              -1.8
wysadził                 -1.8
wysadzili                -1.8
wybuch                   -1.8
wybuchu                  -1.8
eksplozja                -1.8
eksplozji                -1.8
zniszczenia              -1.8
zniszczeń                -1.8
ruiny                    -1.8
gruzy                    -1.8
gruzach                  -1.8
spustoszenie             -1.8
zgliszcza                -1.8
połamać                  -1.4
połamał                  -1.4
połamała                 -1.4
połamany                 -1.4
połamana                 -1.4
złamał                   -1.4
złamała                  -1.4
złamany                  -1.4
złamana                  -1.4
złamanie                 -1.4
złamania                 -1.4
kontuzja                 -1.4
kontuzji                 -1.4
kontuzjowan*             -1.4
uraz                     -1.4
urazu                    -1.4
urazy                    -1.4
skręcenie                -1.4
stłuczenie               -1.4
sińce                    -1.4
siniaki                  -1.4
oparzenie                -1.4
oparzenia                -1.4
spasion*                 -1.2
brzuch mi rośnie         -1.2
przytyłem                -1.2
przytyłam                -1.2
nadwaga                  -1.2
nieufn*                  -1.6
nieufność                -1.6
nie ufam                 -1.6
nie wierzę               -1.6
nie wierzę w to          -1.6
nie wierzę własnym oczom -1.6
podejrzliw*              -1.6
podejrzenie              -1.6
podejrzenia              -1.6
podejrzewa               -1.6
podejrzewam              -1.6
wątpię                   -1.6
wątpliw*                 -1.6
wątpliwości              -1.6
sceptyczn*               -1.6
sceptycyzm               -1.6
ufa                      1.4
ufać                     1.4
zaufać                   1.4
wierzę                   1.4
wierzymy                 1.4
wierny                   1.4
wierna                   1.4
wiernie                  1.4
nie rozumiem             -1.4
nie kumam                -1.4
nie ogarniam             -1.4
nie czaję                -1.4
nie wiem o co chodzi     -1.4
o co chodzi              -1.4
o co kaman               -1.4
co jest grane            -1.4
co się dzieje            -1.4
co się tu dzieje         -1.4
dziwne to                -1.4
dziwne że                -1.4
dziwi mnie               -1.4
zdziwion*                -1.4
zaskakująco źle          -1.4
zaskoczon*               1.0
zaskoczenie              1.0
niespodzianka            1.0
niespodzianki            1.0
niespodziankę            1.0
miła niespodzianka       1.0
pozytywnie zaskoczony    1.0
pozytywnie zaskoczona    1.0
pozytywne zaskoczenie    1.0
brakuje mi               -1.0
brakuje mi ciebie        -1.0
szkoda że nie            -1.0
szkoda mi                -1.0
żałuję że                -1.0
żal mi                   -1.0
żal mi go                -1.0
żal mi jej               -1.0
żal patrzeć              -1.0
ból głowy                -1.8
kac                      -1.8
kaca                     -1.8
kacem                    -1.8
kacyk                    -1.8
przeziębienie            -1.8
przeziębion*             -1.8
grypa                    -1.8
grypy                    -1.8
grypę                    -1.8
gorączka                 -1.8
gorączki                 -1.8
gorączkę                 -1.8
katar                    -1.8
kaszel                   -1.8
chore gardło             -1.8
boli gardło              -1.8
nudności                 -1.8
biegunka                 -1.8
migrena                  -1.8
migreny                  -1.8
bezsenność               -1.8
bezsenności              -1.8
spóźniłem się            -1.4
spóźniłam się            -1.4
zaspałem                 -1.4
zaspałam                 -1.4
nie zdążyłem             -1.4
nie zdążyłam             -1.4
uciekł mi autobus        -1.4
uciekł mi pociąg         -1.4
zgubiłem                 -1.4
zgubiłam                 -1.4
zapomniałem              -1.4
zapomniałam              -1.4
znów to samo             -1.4
znowu to samo            -1.4
jak zwykle               -1.4

## --- politeness formulas: plain thanks are milder than emphatic ones
dziękuję                 1.5
dziękujemy               1.5
dzięki                   1.5
dziekuje                 1.5
dzieki                   1.5
dzięks                   1.5
dzięx                    1.5
thx                      1.5
thanks                   1.5
dziękuje                 1.5
dziękuję za informację   0.8
dzięki za info           0.8
dziękuję za odpowiedź    0.8
dzięki za odpowiedź      0.8
z góry dziękuję          0.8
z góry dzięki            0.8
dziękuję z góry          0.8
działa                   0.5
## --- further everyday evaluative words
o matko                  -1.5
jezu                     -1.5
o jezu                   -1.5
o boże święty            -1.5
chryste                  -1.5
chryste panie            -1.5
ja pierniczę             -1.5
kupy gówna               -1.8
kuriozaln*               -1.8
nie jest lekko           -1.8
nie jest łatwo           -1.8
ciężko jest              -1.8
ciężko mi                -1.8
ciężki dzień             -1.8
ciężkie czasy            -1.8
trudne czasy             -1.8
ciężka sprawa            -1.8
grzywna                  -1.8
grzywny                  -1.8
grzywnę                  -1.8
kara                     -1.8
kary                     -1.8
karę                     -1.8
ukarany                  -1.8
ukarana                  -1.8
ukarani                  -1.8
mandat                   -1.8
mandatu                  -1.8
mandaty                  -1.8
interwencja zbrojna      -1.8
najazd                   -1.8
najeźdźca                -1.8
najeźdźcy                -1.8
nie ma za co             1.6
proszę bardzo            1.6
jest ogień               1.6
wymiata                  1.6
wymiatają                1.6
rządzi                   1.6
rządzą                   1.6
rozwala system           1.6
rozwalił system          1.6
miażdży                  1.6
wgniata w fotel          1.6
wgniatając*              1.6
odlot                    1.6
odlotowo                 1.6
droższy                  -1.0
droższa                  -1.0
droższe                  -1.0
drożej                   -1.0
najdroższy               -1.0
najdroższa               -1.0
najdroższe               -1.0
wysoka cena              -1.0
wysokie ceny             -1.0
opłata                   -1.0
opłaty                   -1.0
opłat                    -1.0
prowizja                 -1.0
prowizje                 -1.0
zero reakcji             -1.5
zero odzewu              -1.5
brak odzewu              -1.5
brak reakcji             -1.5
nikt nic                 -1.5
nic się nie dzieje       -1.5
ciągle to samo           -1.5
dalej nic                -1.5
nadal nic                -1.5
wciąż nic                -1.5
nic nie przyszło         -1.5
nic nie doszło           -1.5
w ogóle nie działa       -1.5
w ogóle nic              -1.5
ani razu                 -1.5

pochował*                -1.8
pożegnanie z             -1.8
ostatnie pożegnanie      -1.8
wstrząs mózgu            -1.8
wstrząśnienie mózgu      -1.8
krwaw*                   -1.8
szantaż*                 -1.8
szantażował*             -1.8
oburzył*                 -1.8
oburzeni                 -1.8
oburzenie                -1.8
skomplikował*            -1.8
psychopat*               -1.8
demencj*                 -1.8
pechowo                  -1.8
pechowiec                -1.8
kara za                  -1.8
ukarać                   -1.8
bez słowa komentarza     -1.8
nie trzeba komentować    -1.8

## --- news vocabulary with a clear negative connotation
przestraszy*             -1.8
wystraszy*               -1.8
przeraził*               -1.8
naruszy*                 -1.8
naruszeni*               -1.8
łamanie prawa            -1.8
złamał prawo             -1.8
złamali prawo            -1.8
pirat drogowy            -1.8
piraci drogowi           -1.8
wykroczenie              -1.8
wykroczenia              -1.8
wykroczeń                -1.8
pranie mózgu             -1.8
pierze mózg              -1.8
zachorowa*               -1.8
zachorował*              -1.8
schorzeni*               -1.8
zaginię*                 -1.8
zaginieni                -1.8
tajfun*                  -1.8
tornad*                  -1.8
cyklon*                  -1.8
uderzenie w              -1.8
zderzył*                 -1.8
koszmar senny            -1.8
pijany                   -1.8
pijana                   -1.8
pijani                   -1.8
nietrzeźw*               -1.8
naćpan*                  -1.8
grożąc*                  -1.8
spada                    -1.0
spadnie                  -1.0
spadną                   -1.0
spadać                   -1.0
spadek cen               -1.0
załamanie                -1.0
załamania                -1.0
zapaść                   -1.0
zapaści                  -1.0
regres                   -1.0
pogorszy*                -1.0
pogarszają               -1.0
pogarsza się             -1.0
gorsza sytuacja          -1.0

## --- affectionate and approving verbs (prefix entries catch every person and tense)
uśmiechn*                1.6
uśmiechaj*               1.6
uśmiechał*               1.6
całuj*                   1.6
pocałow*                 1.6
przytul*                 1.6
przytuliła               1.6
kibicuj*                 1.6
popieram                 1.6
popieramy                1.6
poparcie                 1.6
poparcia                 1.6
lubił*                   1.6
polubi*                  1.6
zakocha*                 1.6
rozkocha*                1.6
wzruszył*                1.6
śmieje się               1.2
śmiejemy się             1.2
śmiejecie się            1.2
śmieją się               1.2
śmiałem                  1.2
śmiałam                  1.2
supi                     1.2
suuper                   1.2
klasa światowa           1.2
światowa klasa           1.2
światowej klasy          1.2
zawsze do usług          1.2
czekałem na to           1.2
czekałam na to           1.2
dopiął swego             1.2
dopięła swego            1.2
warto czekać             1.2
było warto               1.2
tęskn*                   -1.0
tęsknię                  -1.0
tęsknota                 -1.0
stęskniony               -1.0
stęskniona               -1.0

## --- superlatives (naj- escapes the plain prefix entries) and review vocabulary
najpiękniejsz*           2.8
najfajniejsz*            2.8
najwspanialsz*           2.8
najciekawsz*             2.8
najszczęśliwsz*          2.8
najmilsz*                2.8
najsmaczniejsz*          2.8
najwygodniejsz*          2.8
najukochańsz*            2.8
najsłodsz*               2.8
najładniejsz*            2.8
najszybsz*               1.6
najtańsz*                1.6
najsmutniejsz*           -2.6
najgłupsz*               -2.6
najnudniejsz*            -2.6
najpaskudniejsz*         -2.6
najbrzydsz*              -2.6
najstraszniejsz*         -2.6
najsłabsz*               -2.6
najbardziej żenując*     -2.6
plusy                    1.2
plusem                   1.2
plusów                   1.2
duży plus                1.2
wielki plus              1.2
na plus                  1.2
wisienka na torcie       1.2
wisienką na torcie       1.2
minusy                   -1.2
minusem                  -1.2
minusów                  -1.2
duży minus               -1.2
wielki minus             -1.2
na minus                 -1.2
bla bla                  -1.2
bla bla bla              -1.2
problemu nie było        1.5
nie było problemu        1.5
nie było problemów       1.5
problemów nie było       1.5
problemu nie mam         1.5
nie mam problemu         1.5
nie mam problemów        1.5
bez najmniejszego problemu 1.5

## --- greetings: the expression replaces the stronger "dobry" with the value of the other
# greetings (witam, hej, siema 0.6); coverage round 3 raised them from 0 (a neutral guard)
dzień dobry              0.6
dobry wieczór            0.6
dobranoc państwu         0.6

## --- further negative verbs and phrases
żałow*                   -1.5
żałuje                   -1.5
żałują                   -1.5
masz czego żałować       -1.5
pożałuje*                -1.5
potrzebuję pomocy        -1.5
potrzebuje pomocy        -1.5
co jest nie tak          -1.5
coś jest nie tak         -1.5
coś nie tak              -1.5
co ze mną nie tak        -1.5
nie tak jak trzeba       -1.5
nie chce mi się          -1.5
mi się nie chce          -1.5
nie chce się             -1.5
mam go dość              -2.2
mam ją dość              -2.2
mam ich dość             -2.2
mam was dość             -2.2
mam cię dość             -2.2
mam już dość             -2.2
mam tego serdecznie dość -2.2
dość mam                 -2.2
utonął                   -2.5
utonęła                  -2.5
utonęli                  -2.5
utonęło                  -2.5
utopił*                  -2.5
utonięcie                -2.5
utonięcia                -2.5
ginie                    -2.5
giną                     -2.5
zginie                   -2.5
zginą                    -2.5
polegli                  -2.5
poległ                   -2.5
poległa                  -2.5
płonie                   -2.5
płoną                    -2.5
płonął                   -2.5
płonęła                  -2.5
spłonęli                 -2.5
pogorzel*                -2.5
zastój                   -1.6
zastoju                  -1.6
stagnacj*                -1.6
wstrząsając*             -1.6
wstrząśnięci             -1.6
wstrząśnięty             -1.6
wstrząśnięta             -1.6
szydz*                   -1.6
wyśmiewa*                -1.6
wyśmiał*                 -1.6
ośmiesza*                -1.6
szczuj*                  -1.6
nagonk*                  -1.6
obciachow*               -1.6
plotk*                   -1.6
pomówieni*               -1.6
oszczerstw*              -1.6
nieuzasadnion*           -1.6
spoliczkowa*             -1.6
dymisj*                  -1.6
łojezu                   -1.6
ojezu                    -1.6

## --- promotional and approving vocabulary with a positive connotation
ekskluzywn*              1.6
unikaln*                 1.6
unikatow*                1.6
jedyny w swoim rodzaju   1.6
jedyna w swoim rodzaju   1.6
jedyne w swoim rodzaju   1.6
bezboles*                1.6
niepowtarzalna okazja    1.6
kultow*                  1.6
ikoniczn*                1.6
witamy serdecznie        1.2
serdecznie witamy        1.2
trzymajcie kciuki        1.2
trzymam za was kciuki    1.2
trzymamy za was kciuki   1.2
kibicujemy               1.2
świętuj*                 1.2
świętowa*                1.2
obchodzimy               1.2
jubileusz*               1.2
wyremontowan*            1.2
odnowion*                1.2
odnowił*                 1.2
bogat*                   1.2
pełen wrażeń             1.2
pełna wrażeń             1.2
mocne wrażenia           1.2
festiwal                 0.8
festiwalu                0.8
koncert                  0.8
koncertu                 0.8
koncerty                 0.8
impreza roku             0.8
mądry                    1.9
mądra                    1.9
mądre                    1.9
mądrze                   1.9
mądrzy                   1.9
mądrość                  1.9
mądrości                 1.9
najmądrzejsz*            1.9
dzielny                  1.9
dzielna                  1.9
dzielni                  1.9
dzielnie                 1.9
bystry                   1.9
bystra                   1.9
bystre                   1.9
## prefix entries instead of words whose stem is a common function word (lubię → lub "or")
lubi*                    1.9
ciężko                   -1.0
mniam*                   2.0
za kratki                -1.2
za kratkami              -1.2
nie pasuje               -1.2
coś nie pasuje           -1.2
coś tu nie gra           -1.2
coś tu śmierdzi          -1.2
wyrzucili z pracy        -1.2
wyrzucony z pracy        -1.2
wyrzucona z pracy        -1.2
odroczon*                -1.2
posłuszn*                1.0
dobrze wychowan*         1.0
podły                    -2.6
podła                    -2.6
podłe                    -2.6
podłego                  -2.6
podłej                   -2.6
podłość                  -2.6
podłości                 -2.6
podło                    -2.6
cenny                    1.6
cenna                    1.6
cenne                    1.6
cennych                  1.6
cenną                    1.6
celnie                   1.6
celna uwaga              1.6
celny komentarz          1.6
celna riposta            1.6
przeciętn*               -0.8

## --- added for coverage (issue 3): everyday praise and blame, colloquial and slang forms, customer care
czad                     2.2
rewelacj*                3.0
kochan*                  2.5
wkurw*                   -3.2
wnerwi*                  -2.2
denerwuj*                -2.0
irytuj*                  -2.0
żenad*                   -2.8
masakr*                  -2.5
tragedi*                 -2.8
katastrof*               -2.8
koszmar*                 -3.0
kiepsk*                  -2.0
lipn*                    -1.8
chłam                    -2.5
gówn*                    -3.0
padaka                   -2.2
ciesz*                   2.2
gratulacj*               2.2
fajn*                    2.0
niesamowi*               2.8
zachwyc*                 2.8
oszukal*                 -3.0
oszukuj*                 -3.0
złodziej*                -3.0
skandal*                 -2.5
hańb*                    -2.8
wstyd*                   -2.2
skompromitowa*           -2.8
głup*                    -2.5
debil*                   -3.0
idiot*                   -3.0
kretyn*                  -3.0
wlecze                   -1.5
obaw*                    -1.5
martwi                   -1.5
martwię                  -1.5
zmartwi*                 -1.5
kłopot*                  -1.5
nie dziala               -2.2
dalej nie działa         -2.5
nadal nie działa         -2.5
zepsuł*                  -2.2
skarg*                   -1.2
zawód                    -2.0
rozczarowa*              -2.5
# zabi* was narrowed in coverage round 3: its plain form met zabierać, zabieg, zabiegać
zabij*                   -3.0
zabić*                   -3.0
zabicie*                 -3.0
zabójstw*                -3.2
morderstw*               -3.2
atakuj*                  -2.2
zamach*                  -3.0
przemoc*                 -2.8
zmarł*                   -2.5
ofiar*                   -2.2
kryzys*                  -2.2
konflikt*                -2.0
okup*                    -2.0
agresj*                  -2.8
sankcj*                  -1.5
zagrożeni*               -2.0
groźb*                   -2.2
przegra*                 -2.0
przegrał*                -2.0
klęsk*                   -2.8
wygra*                   2.0
wygrał*                  2.0
zwycięstw*               2.5
sukces*                  2.2
mistrz*                  1.8
medal*                   1.5
awans*                   1.8
rekord*                  1.2
święto                   1.2
urodziny                 1.2
piątek                   0.5
uśmiech*                 2.0
haha*                    1.2
hehe*                    1.0
zazdroszczę              1.0
marzę                    1.5
pomocn*                  1.8
# mił* was narrowed in coverage round 3: its plain form "mil" met milion, milczeć, milicja,
# militarny; the adjective forms are listed in full near the top
miłosn*                  1.5
miłuj*                   1.5
bzdur*                   -2.2
absurd*                  -2.2
paranoj*                 -2.2
chory kraj               -2.5
zryt*                    -2.5
ostra                    -0.5
ostry                    -0.5
zmusza                   -1.5
zmuszają                 -1.5
zmusił*                  -1.5
traci                    -1.2
tracą                    -1.2
stracił*                 -1.5
upad*                    -1.8
spad*                    -1.0
wzrost                   0.8
poprawi*                 1.2
pogorsz*                 -1.8
najgorsz*                -3.2
mamy problem             -1.8
jest źle                 -2.2
znowu                    -0.5
znów                     -0.5
po raz kolejny           -0.8
## --- coverage round 2 (issue 3): general evaluative vocabulary by semantic field:
# news harm, crime and conflict; achievement; emotions and states; health; weather;
# money; service and customer care (delays, breakdowns, ignored requests, fixes);
# judgement of people and products; slang and interjections. Mild words carry
# small values (0.4-1.2) so that one of them in a headline stays mild. Left out
# after measuring because a stem or plain form meets a common neutral word:
# kupa (kupić), staro (stary, staram), górą (górę), trendy (trend), skarbie (skarb),
# jeju (jej), pomoc (pomóc), okazji, kijów (Kyiv: only kijowy/kijowe/kijowej are
# listed).
przestęp*                -1.2
zabójst*                 -2.0
protestują*              -0.6
aferzyst*                -1.8
ewakuac*                 -0.8
bezrobotn*               -1.0
podrożał                 -1.0
podrożała                -1.0
podrożały                -1.0
podrożało                -1.0
podrożeje                -1.0
zdrożał*                 -1.0
manipul*                 -1.5
oszczerst*               -1.8
okraść                   -1.8
bombard*                 -1.5
ostrzel*                 -1.5
rozstrzel*               -2.0
zestrzel*                -1.5
morderst*                -2.0
zamord*                  -2.0
uwięzion*                -1.5
podpalił*                -1.5
podpalen*                -1.5
ucierpiał*               -1.2
zniszcz*                 -1.5
bankruct*                -1.5
zbankrut*                -1.5
zadłuż*                  -1.0
stracon*                 -1.2
gubią                    -0.8
gubi                     -0.8
szok                     -1.0
szoku                    -1.0
konfabul*                -1.2
kompromitac*             -2.0
skompromitow*            -2.0
ośmiesz*                 -1.5
kompromitują*            -2.0
prymityw*                -1.5
okrutn*                  -2.0
brutaln*                 -1.8
bezczel*                 -1.8
hipokryz*                -1.8
zwycięst*                1.5
gratul*                  1.5
pokonał*                 0.8
pokonali                 0.8
tańsz*                   0.6
okazja                   0.6
wyprzedaż*               0.5
opłacal*                 1.0
nieopłacal*              -1.2
przepłac*                -1.5
zaspan*                  -0.5
śpiąc*                   -0.5
znudzon*                 -1.2
boimy się                -1.0
zdenerwow*               -1.2
podekscytow*             1.5
emocjonując*             1.2
zasmuci*                 -1.5
przygnębi*               -1.8
zrezygnowan*             -1.0
zniechęc*                -1.2
obrażon*                 -1.0
urażon*                  -1.0
łezka                    0.8
zauroczon*               1.8
choruję                  -1.0
choruje                  -1.0
przeziębi*               -1.0
wyzdrowi*                1.2
upaln*                   -0.8
ziąb                     -0.8
grad                     -0.8
gradu                    -0.8
słońce                   0.5
opóźni*                  -1.2
spóźni*                  -1.0
kolejka                  -0.5
kolejce                  -0.5
reklamac*                -1.0
pracowit*                1.0
leniw*                   -1.0
zachęc*                  0.8
zmotywow*                1.2
ważn*                    0.4
nieocenion*              1.8
miazga                   1.5
fajosk*                  1.8
lajtow*                  0.8
jeju*                    0.5
jejku*                   0.5
kijowy                   -1.5
kijowe                   -1.5
kijowego                 -1.5
kijowej                  -1.5
kijowo                   -1.5
nie umiem                -0.8
nie potrafię             -0.8
nie potrafi              -0.8
nie wychodzi             -1.0
nie wyszło               -1.2
nie chcę                 -0.8
nie mogę zrozumieć       -1.0
nie prawda               -1.0
oby nie                  -0.5
przeszkadza*             -1.0
wróg                     -1.0
wrogów                   -1.0
wrogi                    -1.0
wrogo                    -1.0
wrogie                   -1.0
dziwię się               -0.8
trzymać kciuki           1.0
średniak*                -0.8
hicior*                  1.5
pieprzon*                -1.5
spieprzy*                -1.8
dupsko                   -1.0
pff                      -0.8
pfff                     -0.8
zaleta                   1.0
zalety                   1.0
przereklamowan*          -1.5
tandet*                  -1.8
fuszer*                  -1.8
spartacz*                -1.8
dopracowan*              1.2
starann*                 1.2
precyzyjn*               0.8
przestarzał*             -1.0
sensown*                 1.0
nie ma sensu             -1.2
pachnąc*                 1.0
hałas*                   -1.0
tłok                     -0.8
wredn*                   -1.8
złośliw*                 -1.5
gbur*                    -1.5
wychwal*                 1.2
skrytykow*               -1.2
oburz*                   -1.5
bulwers*                 -1.5
błędn*                   -1.0
mylisz się               -0.8
ile można czekać         -1.5
kosztown*                -0.6
oszczędz*                0.5
haracz*                  -1.5
uwolni*                  1.0
uratowa*                 1.5
odbudow*                 0.6
rozbawi*                 1.2
ubaw                     1.2
ubawi*                   1.2
radocha                  1.5
doła                     -1.2
deprecha                 -1.8
zawstydzon*              -1.0
wyspan*                  0.8
wypoczęt*                1.0
odpoczyn*                0.6
spełnion*                1.2
nadziej*                 0.6
ewakuow*                 -0.8
zatrzyman*               -0.6
skazał*                  -1.0
wyrok                    -0.6
zakaz                    -0.6
zakazu                   -0.6
zakazan*                 -0.6
dyktatur*                -1.5
dyktator*                -1.5
ekstremist*              -1.5
ksenofob*                -1.5
nietolerancj*            -1.2
mobbing*                 -1.8
nękan*                   -1.8
nęka                     -1.8
nadużyć                  -1.5
molestow*                -2.0
porwał*                  -1.5
napadł*                  -1.8
rabun*                   -1.8
włamał*                  -1.5
narkotyk*                -1.0
infekcj*                 -1.0
umarł*                   -1.5
uszkodził*               -1.2
runął                    -1.2
trąba powietrzn*         -1.5
kłóc*                    -1.2
chuligan*                -1.5
wandal*                  -1.5
ulepsz*                  1.0
prestiżow*               1.2
charytatywn*             0.8
wolontari*               0.6
pychota                  1.8
zapierające dech         2.2
czarując*                1.8
w mordę                  -1.0
odczep się               -1.2
zamknij się              -1.5
ogarnij się              -1.0
ogarnięt*                1.0
nieogarnięt*             -1.0
szacuneczek              1.5
zajawk*                  0.8
suchar                   -0.5
sucharek                 -0.5
spina                    -0.8
wyluzuj                  0.5
bombowo                  1.8
odjechan*                1.5
zaplusow*                1.2
zaminusow*               -1.2
plusik                   0.8
wtopa                    -1.5
wtopy                    -1.5
nie ma to jak            1.0
nudziarz*                -1.2
kiczowat*                -1.2
kicz                     -1.2
sztywniak*               -1.0
zrzęd*                   -1.2
na nic                   -1.2
skąp*                    -1.0
chciw*                   -1.5
zachłann*                -1.5
nieczuł*                 -1.5
obojętn*                 -0.8
zarozumia*               -1.5
próżn*                   -1.0
pyszałk*                 -1.5
waleczn*                 1.0
zazdrosn*                -1.0
wstręt*                  -2.0
opłaca                   0.8
zawiesił się             -1.2
zacina                   -1.0
rozładowan*              -0.8
rozbit*                  -1.5
muli                     -1.0
zignorowa*               -1.5
nie zdążył*              -0.6
zabłądzi*                -0.8
smog                     -1.0
smogu                    -1.0
policzek                 -1.0
zabłysnął                1.0
zabłysnęła               1.0
potrącon*                -1.2
potrącił*                -1.2
nieprzytomn*             -1.5
poddał się               -0.8
poddała się              -0.8
ileż można               -1.5
misiu                    0.8
słonko                   1.0
wredota                  -1.8
zołza                    -1.8
smutas                   -1.0
smuteczek                -1.0
ma styl                  1.0
hero                     1.0
yolo                     0.5

## --- coverage round 3 (issue 3): families completed after a word-frequency pass over the
# texts without a hit (inflections, reversed clitic order, derivations of listed words), then
# the same fields widened from knowledge of the language. Mild words carry 0.4-1.0.
# Left out after listing every dev-file hit of a new entry: lęk (plain "lek" = medicine,
# lekarz, lekcja), cześć alone (plain "czesc" = część), spór/sporu (stem meets sporo),
# pozwał (plain meets pozwalać), oki (stem meets okiem), hity (headline "[HITY TYGODNIA]"),
# spam (fandom requests), pato (stem meets pat), tłust* (tłusty czwartek), demonstrac*
# (product demos), nowy/nowa/nowe (novelty is not an evaluation; same choice as sk).
# fear: the bać family (only "boję się"/"boi się"/"boją się" were listed); single forms are
# prefix entries because the light stem of boję/boją meets bój/boje ("battle", "buoys")
boję*                    -1.5
boisz*                   -1.5
boicie*                  -1.5
bojąc*                   -1.2
bojaźliw*                -1.0
się boi                  -1.5
się boją                 -1.5
się boimy                -1.0
bałem*                   -1.5
bałam*                   -1.5
bałeś*                   -1.5
bałaś*                   -1.5
baliśmy*                 -1.5
bałyśmy*                 -1.5
bał się                  -1.5
bała się                 -1.5
bali się                 -1.5
bały się                 -1.5
się bał                  -1.5
się bała                 -1.5
się bali                 -1.5
bać się                  -1.2
się bać                  -1.2
lęk przed                -1.0
lękliw*                  -0.8
zalękni*                 -1.0
niepokoi*                -1.0
zaniepokoj*              -1.0
# laughter and jokes: reversed order of the listed "śmieję się" forms, and the żart family
# ("chyba żartujesz" stays negative: the expression wins over the single word)
się śmieję               1.2
się śmiejemy             1.0
się śmiejesz             1.0
się śmieje               1.0
się śmieją               1.0
się śmiałem              1.2
się śmiałam              1.2
śmiejąc się              1.0
śmiać się                0.8
żart                     0.5
żarty                    0.5
żartem                   0.5
żartu                    0.5
żartów                   0.5
żartowałem               0.5
żartowałam               0.5
żartuję                  0.5
żartować                 0.5
żartobliw*               0.8
żartowniś                0.8
dowcipas                 0.8
# greetings, wishes, politeness: witam/hej/siema carry 0.6, the others now match them
cześć wszystkim          0.6
hej cześć                0.6
cześć i czołem           0.6
do zobaczenia            0.6
kolorowych snów          1.0
trzymaj się              0.6
trzymajcie się           0.6
dbaj o siebie            0.8
dbajcie o siebie         0.8
na zdrowie               0.6
podziękował*             1.0
podziękowa*              1.0
podziękujmy              1.0
dziękujcie               1.0
drodzy*                  0.6
# approval, fun, achievement
robi wrażenie            1.2
robią wrażenie           1.2
robiło wrażenie          1.2
robił wrażenie           1.2
robiła wrażenie          1.2
zrobił wrażenie          1.2
zrobiła wrażenie         1.2
zrobiło wrażenie         1.2
zrobili wrażenie         1.2
zrobiły wrażenie         1.2
wrażenie robi            1.2
zrobić wrażenie          1.0
nie ma rzeczy niemożliwych 1.2
jakiego jeszcze nie było 1.0
jakiej jeszcze nie było  1.0
jakich jeszcze nie było  1.0
kibicował*               0.8
kibicować*               0.8
kibicowani*              0.8
dopingować               0.6
dopingował*              0.6
dopingują*               0.6
dopingujemy              0.6
polajk*                  0.8
lajkuj*                  0.8
zalajkow*                0.8
zdoby*                   0.5
hit                      1.0
hitem                    1.0
przebój                  1.0
przeboje                 1.0
przebojem                1.0
przebojow*               1.0
zacny                    1.0
zacna                    1.0
zacne                    1.0
zacnie                   1.0
zacnego                  1.0
zacnej                   1.0
zacnym                   1.0
zacnych                  1.0
oryginaln*               0.6
energetyzując*           0.6
energetyzuje             0.6
swojsk*                  0.5
uwielbieni*              1.2
chwali                   0.6
chwalą                   0.6
chwalić                  0.6
chwalił*                 0.6
farciarz*                1.0
spełnieni*               1.2
usprawni*                0.8
przyda się               0.5
się przyda               0.5
przydał się              0.5
przydała się             0.5
przydało się             0.5
przydadzą się            0.5
zjawiskow*               1.5
apetyczn*                1.0
odwaga                   1.0
odwagi                   1.0
odwagą                   1.0
zgrabn*                  0.8
luksusow*                0.6
renomowan*               0.6
sprawdzon*               0.5
# fear and harm in the news: alerts, attacks, terror, battles, investigations, disputes
alert                    -0.6
alerty                   -0.6
napaść                   -1.5
napadnięt*               -1.5
terroryz*                -2.0
zastrasz*                -1.5
bitw*                    -0.6
śledztw*                 -0.6
sporn*                   -0.4
w sporze                 -0.6
spór o                   -0.6
spór z                   -0.6
fałszerst*               -1.5
sfałszow*                -1.5
utrat*                   -0.8
zawieszon*               -0.5
likwidac*                -0.5
likwidowan*              -0.5
zlikwidow*               -0.5
rezygnac*                -0.5
fiask*                   -1.5
kontrowers*              -0.8
zarzuca*                 -0.8
zarzucił*                -0.8
zakazał*                 -0.6
zakazali                 -0.6
zakazuj*                 -0.6
wstrzyman*               -0.5
wstrzymał*               -0.5
wstrzymuj*               -0.5
odrocz*                  -0.5
odłożon*                 -0.4
znikn*                   -0.5
pozwać*                  -0.6
pozwu*                   -0.6
pozwem*                  -0.6
niewol*                  -1.2
zniewol*                 -1.2
krzywd*                  -1.5
skrzywdz*                -1.5
grzech*                  -0.8
grzeszn*                 -0.8
demon                    -0.6
demona                   -0.6
demony                   -0.6
demonów                  -0.6
demonem                  -0.6
demonami                 -0.6
demoniczn*               -1.0
# blame, nuisance and colloquial or vulgar verbs
przeklin*                -0.8
przeklęt*                -1.2
przekleństw*             -0.8
wytyka*                  -0.8
wytknął*                 -0.8
wytknęła                 -0.8
przywali*                -0.8
naćpa*                   -1.0
ćpun*                    -1.2
przemilcz*               -0.6
ubzdura*                 -0.8
odkurwia*                -1.0
odpierdala*              -1.2
roztrzaska*              -1.0
rozwalił*                -1.0
rozwalon*                -1.0
spław*                   -1.0
biczow*                  -0.8
wpienia*                 -1.2
wpieni*                  -1.2
unfollow                 -0.8
odobserwow*              -0.8
podróbk*                 -1.2
zazdrość*                -0.8
zazdrościcie             0.6
zazdrościsz              0.6
# inability and refusal: the listed "nie potrafi"/"nie umiem" completed for all persons
nie potrafi*             -0.8
nie umie*                -0.8
nie umiał*               -0.8
nie był w stanie         -0.6
nie była w stanie        -0.6
nie byli w stanie        -0.6
nie było w stanie        -0.6
nie jest w stanie        -0.6
nie są w stanie          -0.6
nie jestem w stanie      -0.6
nie jesteśmy w stanie    -0.6
nie będzie w stanie      -0.6
nie mam siły             -1.0
nie mam sił              -1.0
bez sił                  -0.8
nie zgadza*              -0.8
się nie zgadzam          -0.8
nie grzeje               -0.6
nie grzeją               -0.6
na niewiele się          -0.8
nie po ludzku            -1.0
nie po chrześcijańsku    -1.0
oby to nie               -0.5
oby tylko nie            -0.5
nie dla psa kiełbasa     -1.0
ile można                -1.2
mam tego dosyć           -1.5
czuję się staro          -0.6
czuje się staro          -0.6
jak kupa                 -1.0
drze mordę               -0.8
drą mordę                -0.8
drzeć mordę              -0.8
drze ryja                -0.8
drzeć ryja               -0.8
# news harm: accidents, crime and disaster that the earlier rounds missed (ś/ci and t/ci
# alternations escape the listed prefixes: oszuści, bandyci)
uprowadz*                -1.5
zakładni*                -1.5
zrujnow*                 -1.5
zrujnowan*               -1.5
zaton*                   -1.5
rozbił się               -1.5
rozbiła się              -1.5
rozbili się              -1.5
wykoleił*                -1.5
wykolej*                 -1.5
zatruc*                  -1.5
zatrut*                  -1.5
skażeni*                 -1.2
skażon*                  -1.2
zanieczyszcz*            -1.0
wyciek                   -0.8
wycieku                  -0.8
zranion*                 -1.5
zranił*                  -1.5
zranić                   -1.5
okalecz*                 -2.0
przemyt*                 -1.0
gang                     -1.0
gangu                    -1.0
gangi                    -1.0
gangów                   -1.0
bandyci                  -2.0
oszuści                  -2.0
dewastac*                -1.5
zdewastow*               -1.5
zdemolow*                -1.5
demolk*                  -1.5
włamywacz*               -1.5
kieszonkow*              -1.2
sprzeniewierz*           -1.8
łapownict*               -1.8
nieprawidłowoś*          -1.0
uchybieni*               -1.0
spięci*                  -0.6
zgrzyt*                  -0.8
eskalac*                 -1.0
zaostrzeni*              -0.6
głodując*                -1.5
bezdomn*                 -1.2
wysiedl*                 -1.2
cierpiąc*                -1.5
samobójst*               -2.5
samobójc*                -2.5
wypaleni*                -1.2
wypalon*                 -1.0
przemęczon*              -1.2
ledwo żyję               -1.5
ledwo żyje               -1.5
zdycham                  -1.5
zdychać                  -1.5
redukcja etatów          -1.5
redukcji etatów          -1.5
# good news for the people in it: work, money, family events
przecen*                 0.5
dofinansowan*            0.5
premia                   0.6
premię                   0.6
premii                   0.6
podwyżka pensji          1.0
podwyżkę pensji          1.0
nowa praca               1.0
nową pracę               1.0
dostałem pracę           1.8
dostałam pracę           1.8
dostał pracę             1.2
dostała pracę            1.2
przyjęli mnie            1.5
dostałem się             1.0
dostałam się             1.0
urodził się              1.0
urodziła się             1.0
urodziło się             1.0
narodziny                1.0
narodzin                 1.0
ślub                     1.0
ślubu                    1.0
ślubie                   1.0
ślubem                   1.0
zaręczyn*                1.2
wesele                   0.8
weselu                   0.8
wesela                   0.8
imienin*                 0.8
# sport and contest: outcomes and determination (pobił rekord met pobić "beat up")
pobił rekord             1.5
pobiła rekord            1.5
pobili rekord            1.5
pobije rekord            1.2
pobity rekord            1.2
pokonać                  0.8
pokona                   0.8
pokonamy                 0.8
pokonają                 0.8
odpadamy*                -1.5
odpadają*                -1.2
czempion*                1.5
blamaż*                  -1.5
dostali lanie            -1.0
dostał lanie             -1.0
dostaliśmy lanie         -1.0
dostali baty             -1.0
dostał baty              -1.0
dostaliśmy baty          -1.0
ambicj*                  0.4
determinacj*             0.8
zdeterminowan*           0.6
wola walki               1.0
woli walki               1.0
nie poddamy się          1.0
nie poddawaj się         1.0
nie poddawajcie się      1.0
nie poddawać się         1.0
# service and connection failures, demands, people who do not turn up
zamula*                  -1.0
nie ma zasięgu           -1.2
rozłącza*                -1.0
zrywa połączenie         -1.2
przerwa w dostawie       -1.0
bez odzewu               -1.2
żądam                    -0.8
żądamy                   -0.8
domagam się              -0.6
domagamy się             -0.6
zlali                    -1.5
wystawił mnie            -1.5
wystawiła mnie           -1.5
wystawili mnie           -1.5
wystawił nas             -1.5
wystawili nas            -1.5
mnie wystawił            -1.5
mnie wystawiła           -1.5
mnie wystawili           -1.5
nas wystawili            -1.5
fake                     -1.0
fejk*                    -1.0
cringow*                 -2.0
# slang judgements of people
dzban                    -1.5
dzbany                   -1.5
dzbanie                  -1.5
madka                    -1.5
madki                    -1.5
sebix                    -1.0
imba                     1.0
# guards (0): common words that met an entry only through their stem or plain form
leżę                     0
leży                     0
leżą                     0
leżysz                   0
leżymy                   0
leżycie                  0
madrycie                 0
# fun and delight: derivations of listed words
polecajk*                1.0
śmiechow*                1.0
rozśmiesz*               1.2
relaksując*              1.0
urzekając*               1.8
urzekł*                  1.5
miód malina              2.0
miód na uszy             1.5
zdałem egzamin           1.5
zdałam egzamin           1.5
zdał egzamin             1.5
zdała egzamin            1.5
zdali egzamin            1.5
zdałem prawko            1.5
zdałam prawko            1.5
zdałem maturę            1.5
zdałam maturę            1.5
pogodzili się            1.0
# nuisance, disorder, breakdown of service; interjections of annoyance and boredom
grr                      -0.8
argh                     -0.8
ziew                     -0.6
ziewam                   -0.6
leje jak z cebra         -0.6
parno                    -0.5
kataklizm*               -1.5
apokalips*               -1.2
chaos                    -1.0
chaosu                   -1.0
chaosem                  -1.0
bałagan*                 -1.0
burdel                   -1.2
burdelu                  -1.2
bajzel*                  -1.0
zamieszan*               -0.6
nieczynn*                -0.8
niedostępn*              -0.6
zablokow*                -0.8
zbanow*                  -1.0
dostał bana              -1.0
dostałem bana            -1.0
wyciek danych            -1.5
wycieku danych           -1.5
phishing*                -1.2
niedopatrzeni*           -1.0
zaniedba*                -1.2
bylejakoś*               -1.5
prowizork*               -1.0
# relationships ending, lies and cronyism, insults
rozstani*                -1.0
rozstał się              -1.0
rozstała się             -1.0
rozstali się             -1.0
rozwód                   -1.0
rozwodu                  -1.0
po rozwodzie             -1.0
rozwiódł się             -1.0
rozwiodła się            -1.0
rozwiedli się            -1.0
zerwał ze mną            -1.5
zerwała ze mną           -1.5
rzucił mnie              -1.5
rzuciła mnie             -1.5
dwulicow*                -1.8
zakłaman*                -1.8
kolesiost*               -1.5
nepotyzm*                -1.5
kumoterst*               -1.5
wciskać kit              -1.2
wciska kit               -1.2
wciskają kit             -1.2
bzdet*                   -1.0
farmazon*                -1.0
groteska                 -1.0
groteskow*               -1.0
obłęd                    -1.0
obłędu                   -1.0
dziwaczn*                -0.6
cienias*                 -1.2
loser                    -1.2
looser                   -1.2
buc                      -1.5
bucem                    -1.5
bucowat*                 -1.5
kanalia*                 -2.0
kanalie*                 -2.0
gnojek                   -1.8
gnojki                   -1.8
menda                    -1.8
mendy                    -1.8
ścierwo                  -2.0
padalec                  -2.0


[negators]
nie
nigdy
przenigdy
żaden
żadna
żadne
żadnego
żadnej
żadnych
żadnym
żadnemu
żadną
nic
niczego
niczym
nikt
nikogo
nikomu
nikim
nigdzie
ani
wcale
bynajmniej
bez


[negation-prefixes]
# "nie" glued to adjectives, adverbs and participles; the rest must be at least
# 3 characters ("niezły" = nie + zły). Words where the split misleads
# (niesamowity, niestety, niezły, niebezpieczny, nienawiść) have their own entries.
nie 3


[intensifiers]
bardzo                   0.293
mega                     0.293
strasznie                0.293
potwornie                0.293
okropnie                 0.293
szalenie                 0.293
niesamowicie             0.293
niezwykle                0.293
wyjątkowo                0.293
szczególnie              0.293
ogromnie                 0.293
niezmiernie              0.293
nadzwyczaj               0.293
niebywale                0.293
niewiarygodnie           0.293
nieprawdopodobnie        0.293
naprawdę                 0.293
serio                    0.293
totalnie                 0.293
kompletnie               0.293
całkowicie               0.293
zupełnie                 0.293
absolutnie               0.293
zdecydowanie             0.293
wybitnie                 0.293
maksymalnie              0.293
mocno                    0.293
wielce                   0.293
ultra                    0.293
turbo                    0.293
hiper                    0.293
przeraźliwie             0.293
piekielnie               0.293
diabelnie                0.293
cholernie                0.293
kurewsko                 0.293
mega mocno               0.293
tak bardzo               0.293
aż tak                   0.293
coraz bardziej           0.293
o wiele                  0.293
dużo                     0.293
znacznie                 0.293
jeszcze bardziej         0.293
najbardziej              0.293
wyraźnie                 0.293
kosmicznie               0.293
nieziemsko               0.293
nieludzko                0.293
masakrycznie             0.293
ekstremalnie             0.293
skrajnie                 0.293
tak                      0.293
taki                     0.293
taka                     0.293
takie                    0.293
tak strasznie            0.293
w ogóle                  0.293
trochę                   -0.293
troszkę                  -0.293
troszeczkę               -0.293
nieco                    -0.293
ciut                     -0.293
lekko                    -0.293
lekko mówiąc             -0.293
raczej                   -0.293
dość                     -0.293
dosyć                    -0.293
w miarę                  -0.293
prawie                   -0.293
niemal                   -0.293
niemalże                 -0.293
ledwo                    -0.293
ledwie                   -0.293
względnie                -0.293
stosunkowo               -0.293
poniekąd                 -0.293
jakby                    -0.293
niby                     -0.293
chyba                    -0.293
może                     -0.293
mało                     -0.293
odrobinę                 -0.293
częściowo                -0.293
nieznacznie              -0.293
umiarkowanie             -0.293
na ogół                  -0.293
w sumie                  -0.293
jako tako                -0.293


[contrast]
ale
lecz
jednak
jednakże
natomiast
niemniej
aczkolwiek
tylko że
ale za to
mimo to
a jednak


[settings]
# Polish has negative concord ("nikt nic nie powiedział" is one negation).
double_negation = concord
negation_window = 3
