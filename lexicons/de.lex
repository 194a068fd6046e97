# earshot sentiment lexicon: German (de).
# Written by hand for the earshot project from knowledge of the language; no entry or value is
# taken from another sentiment list. Valence in [-4, +4]: +-0.5..1 mild, +-1.5..2.5 clear, +-3..4 strong.
# The Snowball German stemmer folds most inflection (gut/gute/guten/guter), so adjectives are listed
# once; verbs are listed with their -t/-te forms and participles because Snowball keeps the final t.
# Snowball maps umlauts to plain vowels, so words whose plain form is another word (schön/schon)
# get a 0 entry for the other word. Compounds are covered by prefix entries (scheiß*, hammer*).
@lang de
@stemmer snowball:german

[valence]
# --- neutral blockers: plain/stem collisions with sentiment words ---
schon 0
lieber 0
liebe 0.4
wurde 0
lustig 1.6
arme 0
armee 0
armen 0
gern 1.0
gerne 1.0
mut 1.2
endlich 0.6
unendlich 0.5
recht 0
rechts 0
klar 0.3
ok 0.6
okay 0.6
oke 0.6
okey 0.5

hat 0
bitte 0
los 0
lose 0
wein 0
klassen 0
leck -1.0
ewig 0
wart 0
trau 0
trauen 0
traue 0
traut 0
tat 0
maler 0
schwul 0
lächerliche -2.2
lächerlicher -2.2
lächerliches -2.2
lächerlichen -2.2

ungefähr 0
küche 0
hätte 0
hatte 0
hätten 0
hatten 0
bestand 0
einmal 0
meist 0
meisten 0
lässt 0
lassen 0
möchte 0
möchtest 0
möchten 0
grau 0
last 0
demut 0.5
bescheid 0
mutter 0
gefahren 0
lohn 0
meister 0
# --- positive adjectives and adverbs ---
gut 1.9
sehr gut 2.4
besser 1.6
beste 2.8
bester 2.8
bestes 2.8
besten 2.8
am besten 2.4
bestens 2.6
prima 2.4
super 2.8
supi 2.4
suuuper 3.0
toll 2.5
tolle 2.5
toller 2.5
tolles 2.5
tollen 2.5
großartig 3.1
hervorragend 3.1
ausgezeichnet 3.0
exzellent 3.1
fantastisch 3.2
phantastisch 3.2
wunderbar 3.1
wundervoll 3.1
wunderschön 3.2
herrlich 2.9
traumhaft 3.0
zauberhaft 2.8
bezaubernd 2.8
himmlisch 2.8
göttlich 2.8
genial 3.0
grandios 3.1
famos 2.7
fabelhaft 2.9
sensationell 3.1
phänomenal 3.2
spektakulär 2.4
überragend 3.0
erstklassig 3.0
hochwertig 2.0
perfekt 3.0
ideal 2.3
optimal 2.2
vorbildlich 2.5
einwandfrei 2.4
tadellos 2.4
makellos 2.4
schön 2.2
schöne 2.2
schöner 2.2
schönes 2.2
schönen 2.2
schönste 2.8
hübsch 2.0
süß 1.9
suess 1.9
niedlich 1.8
knuffig 1.9
goldig 1.9
putzig 1.7
entzückend 2.6
reizend 2.1
charmant 2.1
attraktiv 1.8
sexy 1.8
heiß 0.6
hot 1.0
lecker 2.3
köstlich 2.6
schmackhaft 2.0
delikat 2.1
nett 1.8
freundlich 1.9
herzlich 2.2
lieb 1.9
liebevoll 2.4
liebenswert 2.3
liebenswürdig 2.3
sympathisch 2.0
höflich 1.5
hilfsbereit 2.0
zuvorkommend 2.2
aufmerksam 1.4
kompetent 2.0
professionell 1.8
zuverlässig 2.0
verlässlich 1.9
pünktlich 1.6
schnell 0.8
flott 1.2
zügig 1.3
blitzschnell 1.8
reibungslos 2.0
problemlos 2.0
unkompliziert 1.8
bequem 1.5
gemütlich 1.8
angenehm 1.9
komfortabel 1.7
praktisch 1.4
nützlich 1.6
hilfreich 2.0
sinnvoll 1.5
wertvoll 1.9
preiswert 1.6
günstig 1.3
fair 1.4
gerecht 1.4
ehrlich 1.4
aufrichtig 1.6
treu 1.6
tapfer 1.8
mutig 1.8
stark 1.4
geil 2.5
megageil 3.0
affengeil 3.0
saugeil 3.0
obergeil 3.0
oberaffengeil 3.2
cool 2.0
cooool 2.4
kuhl 1.6
lässig 1.5
chillig 1.6
entspannt 1.6
relaxed 1.5
fein 1.5
edel 1.7
elegant 1.8
stilvoll 1.8
schick 1.8
chic 1.8
modisch 1.0
witzig 1.6
humorvoll 1.8
amüsant 1.7
unterhaltsam 1.8
spannend 1.8
aufregend 1.6
interessant 1.3
faszinierend 2.3
beeindruckend 2.4
eindrucksvoll 2.3
atemberaubend 3.0
umwerfend 2.9
überwältigend 2.4
wahnsinn 1.2
klasse 1.6
spitze 2.6
spitzenmäßig 2.8
top 2.4
tip-top 2.6
tiptop 2.6
weltklasse 3.0
erstaunlich 1.9
bemerkenswert 1.7
beachtlich 1.6
respektabel 1.4
lobenswert 2.0
empfehlenswert 2.3
lohnenswert 2.0
sehenswert 2.1
lesenswert 2.0
hörenswert 2.0
glücklich 2.5
überglücklich 3.3
froh 2.0
heilfroh 2.5
fröhlich 2.2
heiter 1.7
munter 1.4
vergnügt 1.9
gut gelaunt 2.0
gutgelaunt 2.0
zufrieden 2.0
hochzufrieden 2.8
sehr zufrieden 2.8
dankbar 2.3
stolz 1.9
begeistert 2.8
entzückt 2.5
erfreut 2.2
erfreulich 2.1
glückselig 2.8
selig 2.1
verliebt 2.4
gesund 1.5
fit 1.4
erholt 1.6
ausgeschlafen 1.2
satt 0.5
sicher 0
geborgen 1.8
friedlich 1.6
harmonisch 1.8
ruhig 0.8
still 0
sauber 1.3
blitzsauber 2.0
ordentlich 1.2
gepflegt 1.5
frisch 1.2
neuwertig 1.5
solide 1.4
robust 1.4
stabil 1.2
langlebig 1.6
stimmig 1.5
gelungen 2.3
wohlverdient 1.8
verdient 1.2
erfolgreich 2.1
siegreich 2.0
souverän 1.8
brillant 3.0
talentiert 2.0
begabt 1.9
klug 1.7
schlau 1.6
intelligent 1.7
clever 1.6
kreativ 1.6
originell 1.6
innovativ 1.5
einzigartig 2.2
außergewöhnlich 2.3
bewundernswert 2.4
herausragend 2.9
unvergesslich 2.6
unschlagbar 2.6
unbezahlbar 1.2
großzügig 2.1
kulant 1.8
gutmütig 1.6
warmherzig 2.2
freundlichst 2.0
positiv 1.6
optimistisch 1.6
hoffnungsvoll 1.6
zuversichtlich 1.7
motiviert 1.6
inspirierend 2.1
berührend 1.7
rührend 1.6
bewegend 1.5
romantisch 1.6
lebendig 1.3
kostbar 1.9
wichtig 0.4
korrekt 1.0
zutreffend 0.6
passend 1.0
geeignet 0.9
brauchbar 1.1
ausreichend 0.3
akzeptabel 0.8
annehmbar 0.8
passabel 0.7
ganz gut 1.3
ganz ok 0.8
ganz okay 0.8
nicht schlecht 1.4
nicht übel 1.3
gar nicht schlecht 1.8
gar nicht so schlecht 1.4
voll gut 2.5
echt gut 2.4
richtig gut 2.5
total gut 2.4
saugut 2.8
sau gut 2.8
verdammt gut 2.8
zufriedenstellend 1.3
befriedigend 0.9
erholsam 1.8
belebend 1.4
erfrischend 1.8
wohltuend 1.9
heilsam 1.4
friedvoll 1.6
glorreich 2.2
prächtig 2.4
prachtvoll 2.4
majestätisch 2.0
malerisch 2.0
idyllisch 2.2
romantische 1.6
sonnig 1.2
kuschelig 1.8
flauschig 1.4
knusprig 1.4
saftig 1.2
frischgebacken 1.0
fluffig 1.2
aromatisch 1.3
gesegnet 2.2
gnädig 1.2
heilig 0.5
fehlerfrei 2.0
intuitiv 1.4
benutzerfreundlich 1.8
übersichtlich 1.4
verständlich 1.0
kundenfreundlich 2.0
kinderfreundlich 1.3
umweltfreundlich 1.2
effizient 1.6
effektiv 1.5
wirksam 1.5
leistungsstark 1.7
kraftvoll 1.5
leise 0.5
stylisch 1.8
stylish 1.8
trendy 1.3
angesagt 1.3
beliebt 1.5
populär 1.1
berühmt 1.0
legendär 2.4
kultig 1.8
episch 2.3
eindeutig 0
ausgewogen 1.3
vernünftig 1.3
seriös 1.5
vertrauenswürdig 2.0
glaubwürdig 1.5
transparent 1.0
fürsorglich 2.0
engagiert 1.7
fleißig 1.6
geduldig 1.5
verständnisvoll 2.0
respektvoll 1.8
tolerant 1.3
offen 0.4
aufgeschlossen 1.4
großherzig 2.2
selbstbewusst 1.4
gelassen 1.5
zufriedener 2.0
glücklicher 2.5
wundervolle 3.1
schmuck 0.3
schnieke 1.8
knorke 2.2
dufte 1.5
bombe 0
bombig 2.4
hammer 2.4
hammermäßig 2.8
hammergeil 3.0
oberhammer 3.0
endgeil 3.0
übergeil 3.0
fett 1.0
nice 2.0
nais 1.8
läuft 0.5
läuft bei dir 2.2
läuft bei mir 1.6
awesome 2.8
amazing 2.8
great 2.3
good 1.7
happy 2.2
love 2.6
perfect 3.0
lovely 2.4
beautiful 2.6
wow 2.2
woow 2.4
wooow 2.6
yay 2.4
yeah 1.6
yeahh 1.8
juhu 2.5
juchu 2.5
jippie 2.5
yippie 2.5
hurra 2.5
hurrah 2.5
yes 1.4
jawoll 2.0
jawohl 1.5
juhuu 2.6
endlich wochenende 2.4
hach 0.8
hachja 0.8
boah 0
woah 1.0
ahh 0
oho 0.6
aha 0
haha 1.6
hahaha 1.9
hahahaha 2.1
hihi 1.6
hihihi 1.8
hehe 1.5
hehehe 1.7
höhö 1.3
lol 1.4
lool 1.6
rofl 2.0
lmao 1.9
xd 1.8
xdd 2.0
xddd 2.2
grins 1.5
lach 1.3
lachen 1.3
gelacht 1.5
lacht 1.3
kicher 1.4
freu 2.0
freudig 2.0
# --- negative adjectives and adverbs ---
schlecht -2.2
sehr schlecht -2.8
schlechter -2.2
schlechteste -3.0
schlechtesten -3.0
mies -2.3
miserabel -2.9
mieserabel -2.9
übel -2.0
furchtbar -2.8
fürchterlich -2.8
schrecklich -2.8
entsetzlich -3.0
grauenhaft -3.0
grauenvoll -3.0
grausam -2.8
grässlich -2.8
scheußlich -2.8
abscheulich -3.0
widerlich -3.0
ekelhaft -3.0
eklig -2.6
ekelig -2.6
abstoßend -2.6
unerträglich -2.9
unzumutbar -2.7
katastrophal -3.2
desaströs -3.0
verheerend -2.8
fatal -2.4
tragisch -2.4
traurig -2.2
tieftraurig -3.0
todtraurig -3.0
betrübt -2.0
bedrückt -2.0
deprimiert -2.6
depressiv -2.4
deprimierend -2.4
niedergeschlagen -2.3
unglücklich -2.4
verzweifelt -2.8
hoffnungslos -2.6
hilflos -2.0
machtlos -1.8
einsam -2.0
allein 0
verlassen -1.4
verloren -1.6
enttäuscht -2.4
enttäuschend -2.4
ernüchternd -1.8
frustriert -2.3
frustrierend -2.3
genervt -2.2
nervig -2.1
nervtötend -2.6
lästig -1.8
ärgerlich -2.0
verärgert -2.2
sauer -1.9
stinksauer -2.8
wütend -2.5
stinkwütend -3.0
zornig -2.4
empört -2.2
entrüstet -2.1
gereizt -1.7
aggressiv -2.0
gewalttätig -2.6
brutal -2.2
böse -2.0
boese -2.0
bösartig -2.6
gemein -2.1
fies -2.0
hinterhältig -2.5
hinterlistig -2.4
heimtückisch -2.6
verlogen -2.6
unehrlich -2.2
falsch -1.4
fake -1.8
gefälscht -2.0
betrügerisch -3.0
kriminell -2.5
korrupt -2.6
schäbig -2.2
schofelig -2.0
unverschämt -2.6
frech -1.3
dreist -2.2
respektlos -2.3
rücksichtslos -2.4
egoistisch -2.0
arrogant -2.2
überheblich -2.1
eingebildet -1.7
selbstgefällig -1.8
herablassend -2.0
unfreundlich -2.2
unhöflich -2.1
pampig -2.0
patzig -1.9
ruppig -1.8
grob -1.5
rüde -1.9
inkompetent -2.6
unfähig -2.5
unprofessionell -2.3
unzuverlässig -2.2
unpünktlich -1.8
langsam -1.2
schleppend -1.7
lahm -1.8
umständlich -1.6
kompliziert -1.2
verwirrend -1.4
unübersichtlich -1.5
unverständlich -1.5
unlogisch -1.6
sinnlos -2.0
nutzlos -2.2
zwecklos -1.8
wertlos -2.4
überflüssig -1.7
unnötig -1.6
unbrauchbar -2.5
untauglich -2.2
mangelhaft -2.3
ungenügend -2.3
unzureichend -2.0
dürftig -1.9
kläglich -2.1
erbärmlich -2.7
armselig -2.4
jämmerlich -2.5
lächerlich -2.2
peinlich -2.2
fremdschämen -2.2
albern -1.2
kindisch -1.4
dämlich -2.2
doof -2.0
blöd -2.2
bloed -2.2
blöde -2.2
dumm -2.3
saudumm -2.8
strunzdumm -3.0
strohdumm -2.9
bescheuert -2.5
beknackt -2.3
behämmert -2.3
bekloppt -2.3
hirnrissig -2.6
hirnlos -2.5
schwachsinnig -2.6
idiotisch -2.6
absurd -1.8
irrsinnig -1.6
verrückt -0.8
krank -1.6
kaputt -2.2
defekt -2.3
beschädigt -2.2
zerkratzt -1.8
zerbrochen -2.0
gebrochen -1.5
gerissen -1.0
verbogen -1.6
undicht -1.9
verschmutzt -1.8
dreckig -2.1
schmutzig -1.9
versifft -2.6
siffig -2.4
verdreckt -2.3
schimmelig -2.4
verschimmelt -2.6
gammelig -2.3
vergammelt -2.4
abgelaufen -1.3
verdorben -2.3
ranzig -2.2
faul -1.6
verfault -2.4
stinkend -2.2
muffig -1.8
laut -0.8
kalt -0.5
eiskalt -1.0
lauwarm -1.0
fade -1.5
fad -1.5
geschmacklos -1.9
zäh -1.2
trocken -0.6
matschig -1.6
versalzen -1.9
verbrannt -1.6
angebrannt -1.8
ungenießbar -2.8
billig -0.8
billigst -1.2
teuer -1.2
zu teuer -2.0
überteuert -2.3
überzogen -1.6
wucher -2.5
hässlich -2.4
haesslich -2.4
potthässlich -3.0
unattraktiv -1.6
unansehnlich -1.7
langweilig -2.0
stinklangweilig -2.8
öde -1.9
oede -1.9
eintönig -1.5
monoton -1.3
ermüdend -1.6
anstrengend -1.4
mühsam -1.5
mühselig -1.6
stressig -1.9
hektisch -1.2
chaotisch -1.7
unordentlich -1.5
schlampig -2.0
nachlässig -1.9
fahrlässig -2.2
gefährlich -1.8
lebensgefährlich -2.4
riskant -1.3
bedrohlich -2.0
unheimlich -0.5
gruselig -1.6
beängstigend -2.1
erschreckend -2.4
schockierend -2.5
schockiert -2.2
entsetzt -2.5
bestürzt -2.3
erschüttert -2.3
fassungslos -2.0
sprachlos 0
verstört -2.0
traumatisiert -2.6
ängstlich -1.7
verängstigt -2.0
besorgt -1.5
beunruhigt -1.7
beunruhigend -1.8
bedenklich -1.6
nervös -1.4
unruhig -1.3
unsicher -1.1
verunsichert -1.5
gestresst -1.9
überfordert -1.9
erschöpft -1.8
müde -1.2
muede -1.2
todmüde -2.0
hundemüde -2.0
schlapp -1.3
kränklich -1.5
elend -2.4
elendig -2.4
schmerzhaft -2.0
qualvoll -2.8
leidig -1.5
leidend -1.8
verletzt -1.9
gekränkt -2.0
beleidigt -1.8
beleidigend -2.5
verletzend -2.3
kränkend -2.2
verachtenswert -2.8
verabscheuungswürdig -3.0
widerwärtig -3.0
verwerflich -2.5
skandalös -2.7
empörend -2.7
unverantwortlich -2.5
unfair -2.0
ungerecht -2.1
unglaubwürdig -1.8
unseriös -2.1
fragwürdig -1.5
zweifelhaft -1.3
dubios -1.9
suspekt -1.6
verdächtig -1.5
illegal -1.8
unzulässig -1.4
rassistisch -2.8
sexistisch -2.6
homophob -2.6
faschistisch -2.8
menschenverachtend -3.2
hasserfüllt -2.8
feindselig -2.3
feindlich -1.8
neidisch -1.4
eifersüchtig -1.5
gierig -2.0
geizig -1.7
knauserig -1.6
stur -1.5
naiv -1.2
ahnungslos -1.6
inkonsequent -1.3
heuchlerisch -2.4
scheinheilig -2.3
populistisch -1.6
gestört -2.3
geisteskrank -2.2
psycho -1.8
pervers -2.4
ekelerregend -3.0
grottig -2.7
grottenschlecht -3.2
unterirdisch -2.9
saumäßig -2.5
beschissen -2.9
bescheiden -1.2
schlimm -2.2
schlimmer -2.2
schlimmste -3.0
am schlimmsten -3.0
furchtbarste -3.2
ätzend -2.4
aetzend -2.4
zum kotzen -3.0
kotzig -2.5
bitter -1.5
verbittert -2.0
schade -1.6
sehr schade -2.2
leider -1.0
leider nicht -1.6
schwierig -1.0
problematisch -1.5
kritisch -1.0
negativ -1.6
pessimistisch -1.5
aussichtslos -2.2
nachteilig -1.5
schädlich -2.0
giftig -2.0
tödlich -2.5
tot -1.8
gestorben -2.2
verstorben -2.0
sterbenskrank -2.6
schwerkrank -2.3
überlastet -1.7
überfüllt -1.6
verspätet -1.9
unerreichbar -1.9
unerwünscht -1.8
ungewollt -1.4
unbeliebt -1.6
unangenehm -2.0
unangemessen -1.8
unpassend -1.4
unmöglich -1.4
unverschämtheit -2.8
unbefriedigend -2.0
unzufrieden -2.3
sehr unzufrieden -2.9
verwirrt -1.2
ratlos -1.4
gelangweilt -1.6
lustlos -1.5
antriebslos -1.6
missmutig -1.8
mürrisch -1.8
griesgrämig -1.8
grantig -1.8
schlecht gelaunt -2.0
schlechtgelaunt -2.0
launisch -1.4
zickig -1.6
hysterisch -1.6
panisch -2.0
verkatert -1.5
besoffen -1.0
pleite -1.8
arm -0.5
bettelarm -2.0
obdachlos -1.6
arbeitslos -1.6
hungrig -0.8
durstig -0.5
verschwendet -1.8
vergeblich -1.7
gescheitert -2.2
erfolglos -2.0
misslungen -2.3
verpatzt -2.2
verhauen -1.8
vermasselt -2.3
verkackt -2.5
versaut -2.3
verhunzt -2.4
verpfuscht -2.4
vergeigt -2.1
verbockt -2.1
schwach -1.5
erbärmlichst -3.0
altmodisch -0.8
veraltet -1.4
überholt -1.0
primitiv -1.8
plump -1.5
stümperhaft -2.5
dilettantisch -2.4
amateurhaft -2.0
minderwertig -2.4
billig verarbeitet -2.3
schlecht verarbeitet -2.5
wackelig -1.7
instabil -1.6
fehlerhaft -2.2
verbuggt -2.3
buggy -2.0
laggy -1.8
ruckelig -1.8
verzögert -1.3
gesperrt -1.6
blockiert -1.5
abgestürzt -2.0
unbezahlt -1.2
ungültig -1.3
# --- verbs (infinitive and the forms Snowball keeps apart) ---
lieben 2.6
liebe dich 3.0
lieb dich 2.8
hab dich lieb 3.0
ich liebe 2.8
liebt 2.5
liebte 2.3
geliebt 2.3
mögen 0.6
mag 1.0
mochte 1.1
gemocht 1.2
gefallen 1.6
gefällt 1.8
gefiel 1.6
begeistern 2.2
freuen 2.1
freue 2.2
freut 2.1
freute 2.0
gefreut 2.1
freut mich 2.4
freue mich 2.4
ich freu mich 2.5
freu mich 2.5
vorfreude 2.4
genießen 2.2
genieße 2.2
genießt 2.2
genossen 1.0
empfehlen 2.0
empfehle 2.2
empfiehlt 2.0
empfohlen 2.0
weiterempfehlen 2.4
weiterempfohlen 2.3
zu empfehlen 2.3
sehr zu empfehlen 2.8
loben 1.8
lobt 1.8
gelobt 1.8
danken 1.8
danke 1.8
dankeschön 2.3
danke schön 2.3
dankesehr 2.2
danke sehr 2.2
vielen dank 2.3
tausend dank 2.8
herzlichen dank 2.5
danke danke 2.5
merci 1.8
thx 1.6
thanks 1.8
thank you 2.0
bedanke 1.9
bedankt 1.9
bedanken 1.9
dank 1.4
gratulieren 2.2
gratuliere 2.3
gratulation 2.4
glückwunsch 2.4
glückwünsche 2.4
herzlichen glückwunsch 2.8
alles gute 2.5
alles liebe 2.6
feiern 1.6
feiert 1.6
gefeiert 1.6
strahlen 1.5
strahlt 1.5
lächeln 1.8
lächelt 1.8
gelächelt 1.8
umarmen 1.8
umarmung 1.9
knuddeln 2.0
knutscher 1.8
küsschen 1.9
kuss 1.8
küsse 1.9
bussi 1.9
überzeugen 1.4
überzeugt 1.6
überzeugend 1.9
beeindrucken 1.7
beeindruckt 2.0
gewinnen 1.8
gewinnt 1.8
gewonnen 2.2
siegen 1.8
gesiegt 2.0
schaffen 1.0
geschafft 2.2
gelingen 1.6
gelingt 1.6
gelang 1.6
helfen 1.2
hilft 1.3
geholfen 1.9
unterstützen 1.3
unterstützt 1.3
retten 1.5
gerettet 2.0
lösen 0.8
gelöst 1.7
behoben 1.6
funktioniert 1.0
funktioniert einwandfrei 2.6
klappt 1.2
geklappt 1.6
hat geklappt 1.8
läuft gut 1.8
passt 1.2
passt perfekt 2.6
lohnen 1.4
lohnt sich 1.9
hat sich gelohnt 2.2
vermissen -1.4
vermisse -1.6
vermisst -1.5
vermisste -1.5
hassen -2.8
hasse -3.0
hasst -2.8
hasste -2.8
gehasst -2.6
ich hasse -3.2
verabscheue -3.0
verabscheuen -3.0
ärgern -2.0
ärgere -2.0
ärgert -2.1
geärgert -2.1
aufregen -1.8
rege mich auf -2.2
regt mich auf -2.4
kotzt mich an -3.0
nervt -2.3
nerven -2.0
nervst -2.3
stören -1.4
stört -1.5
enttäuschen -2.2
enttäuschte -2.3
enttäuschung -2.6
bereuen -2.0
bereue -2.2
bereut -2.0
hätte ich mir sparen können -2.3
weinen -2.0
weine -2.1
weint -2.0
geweint -2.2
heulen -1.9
heule -2.0
heult -1.8
geheult -2.0
flennen -1.8
leiden -2.0
leidet -2.0
gelitten -2.1
trauern -2.1
trauert -2.0
jammern -1.4
jammert -1.4
meckern -1.3
nörgeln -1.4
beschweren -1.6
beschwere -1.7
beschwert -1.6
beschwerde -1.8
reklamieren -1.6
reklamiert -1.6
reklamation -1.7
kündigen -1.4
gekündigt -1.8
kündigung -1.4
stornieren -1.2
storniert -1.5
stornierung -1.3
abzocken -3.0
abgezockt -3.0
abzocke -3.0
betrügen -3.0
betrogen -3.0
betrug -3.0
betrüger -3.0
verarschen -2.8
verarscht -2.8
verarsche -2.8
veräppeln -2.3
veräppelt -2.3
lügen -2.4
lügt -2.5
gelogen -2.5
lüge -2.5
lügner -2.8
lügenpresse -2.2
täuschen -2.0
getäuscht -2.1
fälschen -2.0
stehlen -2.4
gestohlen -2.4
geklaut -2.3
klauen -2.1
scheitern -2.0
scheitert -2.1
versagen -2.3
versagt -2.4
versager -2.8
verlieren -1.8
verliert -1.8
verlor -1.8
verpassen -1.3
verpasst -1.5
verschlafen -1.3
vergessen -1.2
vergisst -1.2
kaputtgegangen -2.4
kaputt gegangen -2.4
geht kaputt -2.2
abstürzen -1.8
stürzt ab -2.0
hängt sich auf -2.0
funktioniert nicht -2.4
funktioniert nicht mehr -2.6
geht nicht -1.8
geht nicht mehr -2.0
klappt nicht -2.1
tut nicht -1.6
läuft nicht -1.8
lädt nicht -2.0
startet nicht -2.1
reagiert nicht -2.0
antwortet nicht -2.0
meldet sich nicht -2.1
keine antwort -2.2
keine rückmeldung -2.2
nie wieder -2.6
nie mehr -2.0
niemals wieder -2.8
nicht zu empfehlen -2.6
nicht empfehlenswert -2.6
kann ich nicht empfehlen -2.6
kann ich nur empfehlen 2.8
nur zu empfehlen 2.8
nur empfehlen 2.6
absolut empfehlenswert 2.9
klare empfehlung 2.8
klare kaufempfehlung 3.0
kaufempfehlung 2.5
finger weg -2.6
hände weg -2.6
lieber nicht -1.2
schade drum -1.6
warten -0.6
wartet -0.6
warte -0.7
gewartet -1.2
warte immer noch -2.3
immer noch nicht -1.8
noch immer nicht -1.8
seit wochen -1.2
seit tagen -1.0
seit stunden -1.1
warteschleife -1.9
wartezeit -1.0
verspätung -1.8
verspätungen -1.8
verzögerung -1.4
ausfall -1.7
ausfälle -1.7
fällt aus -1.6
störung -1.8
störungen -1.8
panne -1.8
pannen -1.8
fehler -1.5
fehlern -1.5
mangel -1.6
mängel -1.8
schaden -1.6
schäden -1.6
problem -1.3
probleme -1.4
problemen -1.4
ärger -2.0
aerger -2.0
stress -1.6
chaos -1.8
katastrophe -3.0
desaster -3.0
debakel -2.7
fiasko -2.7
reinfall -2.3
fehlkauf -2.6
fehlschlag -2.2
flop -2.0
zumutung -2.5
frechheit -2.6
unding -2.3
sauerei -2.5
schweinerei -2.5
sauladen -3.0
saftladen -2.8
drecksladen -3.0
schrott -2.8
schrottig -2.8
müll -2.5
billigschrott -3.0
ramsch -2.1
mist -2.2
käse -0.8
kacke -2.8
scheiße -3.0
scheiß -2.8
shit -2.5
shice -2.4
schice -2.4
scheibenkleister -1.8
dreck -2.3
so ein mist -2.6
so ein scheiß -3.0
verdammt -1.8
verflucht -2.0
verdammte -2.2
verfluchte -2.3
verdammter -2.2
fuck -2.6
fucking -2.0
fck -2.4
wtf -2.0
omg 0.3
igitt -2.4
bäh -2.0
baeh -2.0
pfui -2.5
buh -1.8
buhh -1.8
ugh -1.8
argh -1.9
aargh -2.0
grr -1.9
grrr -2.0
grrrr -2.1
menno -1.6
manno -1.6
mann ey -1.5
ey man -1.0
oh mann -1.5
oh man -1.4
mimimi -1.3
seufz -1.3
heul -1.6
ach nee -1.0
na toll -2.0
na super -2.0
na klasse -2.0
na prima -2.0
schade eigentlich -1.4
autsch -1.5
aua -1.5
au weia -1.6
oje -1.5
ojemine -1.5
oh nein -1.9
oh no -1.8
nein nein nein -2.0
verdammte scheiße -3.3
so ne scheiße -3.0
scheiß drauf -1.5
ist mir egal -0.8
mir egal -0.6
egal 0
scheißegal -1.4
drauf geschissen -2.0
# --- positive nouns ---
freude 2.3
lebensfreude 2.5
glück 2.2
glücksgefühl 2.4
glückspilz 2.2
spaß 2.0
riesenspaß 2.8
heidenspaß 2.7
vergnügen 2.0
genuss 2.0
hochgenuss 2.8
liebling 2.0
lieblings 1.5
schatz 1.8
schätzchen 1.8
liebe meines lebens 3.2
lieblingsmensch 2.5
herz 0.8
herzchen 1.6
sonnenschein 1.8
engel 1.8
held 2.0
heldin 2.0
helden 2.0
freund 0.8
freundin 0.8
freunde 0.8
freundschaft 1.9
zusammenhalt 1.8
solidarität 1.6
frieden 1.8
hoffnung 1.6
zuversicht 1.7
vertrauen 1.5
respekt 1.7
anerkennung 1.8
lob 2.0
dankbarkeit 2.2
erfolg 2.1
erfolge 2.1
sieg 2.1
siege 2.0
triumph 2.4
gewinner 1.8
gewinn 1.5
meisterwerk 3.0
meisterleistung 2.9
glanzleistung 2.8
highlight 2.2
höhepunkt 1.8
traum 1.8
traumurlaub 2.6
traumfrau 2.5
traummann 2.5
paradies 2.4
urlaub 1.2
feierabend 1.4
party 1.2
fest 0.8
feier 1.3
geburtstag 1.0
geschenk 1.5
überraschung 1.3
belohnung 1.6
bonus 1.2
schnäppchen 1.6
lösung 1.0
hilfe 0
unterstützung 1.2
segen 2.0
wunder 1.8
schönheit 2.0
gesundheit 1.0
wohlfühlen 2.0
wohlgefühl 2.0
harmonie 1.8
geborgenheit 2.0
leidenschaft 1.8
begeisterung 2.4
euphorie 2.5
jubel 2.4
applaus 2.0
beifall 1.8
kompliment 2.0
komplimente 2.0
daumen hoch 2.4
bravo 2.6
chapeau 2.4
hut ab 2.6
weiter so 2.3
gut gemacht 2.6
well done 2.3
gute arbeit 2.5
klasse arbeit 2.8
top arbeit 2.8
gut so 1.6
recht so 1.5
so muss das 2.0
so muss es sein 2.2
qualität 1.2
topqualität 2.6
top qualität 2.6
kundenservice 0
service 0
kulanz 1.8
zuverlässigkeit 1.8
geschwindigkeit 0
sauberkeit 1.6
# --- negative nouns ---
hass -2.8
wut -2.4
zorn -2.3
ärgernis -2.1
frust -2.2
frustration -2.2
trauer -2.2
traurigkeit -2.2
schmerz -2.1
schmerzen -2.0
kummer -2.1
sorge -1.5
sorgen -0.6
angst -2.0
ängste -2.0
panik -2.2
furcht -2.0
schrecken -2.2
horror -2.6
albtraum -2.6
alptraum -2.6
hölle -2.6
qual -2.5
qualen -2.5
leid -1.8
tut mir leid -0.8
es tut mir leid -0.8
sorry -0.6
entschuldigung -0.4
verzweiflung -2.7
depression -2.2
einsamkeit -2.0
langeweile -1.8
krise -2.0
krieg -2.6
kriege -2.5
terror -3.0
terrorist -3.0
terroristen -3.0
anschlag -2.8
attentat -2.8
mord -3.0
morde -3.0
mörder -3.0
totschlag -2.8
gewalt -2.5
folter -3.0
vergewaltigung -3.4
missbrauch -3.0
angriff -2.0
überfall -2.3
raub -2.2
diebstahl -2.2
dieb -2.1
einbruch -2.0
verbrechen -2.6
verbrecher -2.7
täter -1.8
opfer -1.6
tote -2.4
toten -2.4
tod -2.2
todesopfer -2.6
leiche -2.2
unfall -2.0
unglück -2.4
tragödie -2.7
verletzte -1.8
verletzung -1.8
krankheit -1.8
seuche -2.2
epidemie -2.0
pandemie -1.8
krebs -2.0
hunger -1.6
armut -2.0
elendsviertel -2.0
flucht -1.2
vertreibung -2.2
skandal -2.4
korruption -2.6
heuchelei -2.4
hetze -2.6
hetzer -2.6
rassismus -2.8
rassist -2.9
rassisten -2.9
nazi -2.8
nazis -2.8
faschist -2.8
faschisten -2.8
diskriminierung -2.4
ungerechtigkeit -2.3
unrecht -2.2
schande -2.5
schandtat -2.7
blamage -2.3
peinlichkeit -2.0
ruin -2.3
bankrott -2.2
niederlage -2.1
niederlagen -2.1
verlust -1.9
verluste -1.9
verlierer -2.0
rückschlag -1.8
rückschritt -1.8
kritik -1.2
vorwurf -1.4
vorwürfe -1.4
streit -1.8
zoff -1.8
krach -1.4
konflikt -1.4
drohung -2.1
bedrohung -2.2
gefahr -1.8
risiko -1.0
warnung -1.0
verbot -1.1
strafe -1.6
bußgeld -1.5
abmahnung -1.8
klage -1.2
entlassung -1.8
arbeitslosigkeit -2.0
kündigungswelle -2.2
inflation -1.2
abzocker -3.0
wucherpreis -2.5
wucherpreise -2.5
mondpreise -2.2
nepp -2.5
lärm -1.6
gestank -2.2
schimmel -2.0
ungeziefer -2.2
kakerlaken -2.4
pech -1.7
pechvogel -1.6
idiot -2.6
idioten -2.6
vollidiot -3.0
depp -2.3
deppen -2.3
trottel -2.3
dummkopf -2.2
blödmann -2.4
dödel -2.0
hohlkopf -2.5
hohlbirne -2.5
spacko -2.5
spast -2.8
opfa -2.0
lappen -2.0
lauch -1.8
honk -2.3
vollpfosten -2.7
pfosten -1.8
arsch -2.8
arschloch -3.4
arschlöcher -3.4
arschgeige -3.0
wichser -3.4
wixer -3.3
penner -2.6
mistkerl -2.8
mistkerle -2.8
drecksack -3.2
dreckskerl -3.2
schwein -2.2
schweine -2.2
sau -1.8
miststück -3.1
schlampe -3.0
hure -3.0
nutte -2.8
bastard -3.0
missgeburt -3.4
hurensohn -3.6
fotze -3.6
ficker -3.2
heuchler -2.6
schwätzer -2.2
dummschwätzer -2.7
klugscheißer -2.3
besserwisser -1.9
spießer -1.4
gutmensch -1.5
schmarotzer -2.6
schnorrer -2.0
gauner -2.5
ganove -2.3
halsabschneider -2.8
verräter -2.6
feigling -2.2
weichei -1.9
looser -2.0
loser -2.0
hater -1.8
troll -1.8
trolle -1.8
spam -1.8
bullshit -2.6
blödsinn -2.0
bloedsinn -2.0
quatsch -1.6
unsinn -1.8
schwachsinn -2.6
humbug -1.8
mumpitz -1.8
stuss -1.9
# --- prefix entries for German compounds and word families ---
scheiß* -2.8
drecks* -2.5
kack* -2.6
kotz* -2.7
hass* -2.5
hammer* 1.8
mega* 1.2
lieblings* 1.8
katastroph* -2.8
enttäusch* -2.3
frustr* -2.2
beschiss* -2.8
bescheuert* -2.5
idiot* -2.5
ärger* -2.0
wunderschön* 3.0
wundervoll* 3.0
grauenhaft* -3.0
grauenvoll* -3.0
abzock* -3.0
verarsch* -2.8
unverschäm* -2.6
schwachsinn* -2.6
geil* 2.2
# --- idioms and multi-word expressions ---
kein bock -2.0
keinen bock -2.0
null bock -2.2
bock drauf 1.6
bock auf 1.2
hab bock 1.6
hab keinen bock -2.0
keine lust -1.8
null ahnung -1.2
keine ahnung -0.6
mag kein* -1.6
mag ich nicht -1.8
mag ich 1.6
gefällt mir 2.0
gefällt mir nicht -2.0
gefällt mir gar nicht -2.6
gefällt nicht -1.8
hat mir gefallen 2.0
hat mir nicht gefallen -2.0
hat nicht gefallen -1.8
schmeckt 1.4
schmeckt gut 2.2
schmeckt lecker 2.4
schmeckt nicht -1.9
schmeckt nach nichts -2.0
schmeckt scheiße -3.0
lohnt sich nicht -1.9
lohnt nicht -1.8
hat sich nicht gelohnt -2.2
nicht wert -1.8
nicht das geld wert -2.5
sein geld wert 2.0
jeden cent wert 2.6
jeden euro wert 2.6
preis leistung 0
preis-leistung 0
preis-leistungs-verhältnis 0
preis-leistung top 2.6
top preis-leistung 2.6
preis-leistung stimmt 2.2
geld zurück -1.6
geld zurückbekommen -0.8
mein geld zurück -2.0
will mein geld zurück -2.6
kein geld zurück -2.4
bis heute nicht -1.9
bis heute kein* -1.9
immer noch kein* -1.9
noch immer kein* -1.9
nicht angekommen -2.2
nie angekommen -2.5
noch nicht angekommen -1.6
ist nicht angekommen -2.2
nicht erreichbar -2.0
niemand erreichbar -2.3
keiner erreichbar -2.3
nicht geliefert -2.3
falsch geliefert -2.2
falsche lieferung -2.1
beschädigt angekommen -2.6
kaputt angekommen -2.6
paket verloren -2.3
paket ist weg -2.0
schnelle lieferung 2.2
schnell geliefert 2.0
super schnell 2.6
schnelle antwort 2.0
schnelle hilfe 2.2
danke für die schnelle antwort 2.6
danke für die schnelle hilfe 2.8
danke für die hilfe 2.4
danke für eure hilfe 2.4
danke für nichts -2.6
danke für gar nichts -2.8
vielen dank auch -1.2
danke auch -0.5
toller service 2.6
super service 2.8
guter service 2.3
schlechter service -2.5
miserabler service -3.0
kundenservice ist eine katastrophe -3.2
kundendienst 0
bin begeistert 2.8
bin enttäuscht -2.5
bin sehr enttäuscht -2.9
sehr enttäuscht -2.9
total enttäuscht -3.0
bin zufrieden 2.1
bin sehr zufrieden 2.8
nicht zufrieden -2.2
gar nicht zufrieden -2.6
voll zufrieden 2.6
rundum zufrieden 2.8
alles bestens 2.6
alles super 2.6
alles gut 1.8
alles in ordnung 1.2
alles klar 0.6
nicht in ordnung -1.8
geht gar nicht -2.6
geht's noch -2.2
gehts noch -2.2
das geht gar nicht -2.6
unter aller sau -3.2
unter aller kanone -3.0
das letzte -2.6
ist das letzte -2.8
zum heulen -2.4
zum weinen -2.4
zum davonlaufen -2.4
zum kaputtlachen 2.2
zum totlachen 2.2
zum schießen 2.0
zum verlieben 2.8
zum niederknien 2.6
zum glück 1.4
glück gehabt 1.8
viel glück 1.6
viel erfolg 2.0
viel spaß 2.2
hat spaß gemacht 2.4
macht spaß 2.2
macht keinen spaß -2.0
macht laune 2.0
gute laune 2.2
schlechte laune -2.2
mies drauf -2.2
gut drauf 2.0
schlecht drauf -2.0
geht mir gut 1.8
geht mir schlecht -2.2
mir geht's gut 1.8
mir gehts gut 1.8
mir geht es gut 1.8
mir geht es schlecht -2.2
mir gehts schlecht -2.2
mir ist schlecht -2.0
die nase voll -2.4
nase voll -2.3
die schnauze voll -2.7
schnauze voll -2.7
es reicht -1.9
mir reicht's -2.2
mir reichts -2.2
es reicht mir -2.2
satt haben -2.0
hab es satt -2.3
hab's satt -2.3
habe es satt -2.3
auf den sack -2.4
geht mir auf den sack -2.6
geht mir auf die nerven -2.5
auf die nerven -2.3
auf den keks -2.2
auf den geist -2.2
am arsch -2.6
im arsch -2.6
für'n arsch -2.7
fürn arsch -2.7
für den arsch -2.7
arsch lecken -2.8
leck mich -2.6
leck mich am arsch -3.0
verpiss dich -3.0
halt die fresse -3.0
halt's maul -2.8
halts maul -2.8
halt die klappe -2.3
fick dich -3.4
fick euch -3.4
geh sterben -3.2
hau ab -2.2
scher dich -2.2
wie geil 2.8
wie cool 2.6
wie schön 2.5
wie toll 2.4
wie süß 2.4
wie peinlich -2.4
wie blöd -2.2
wie dumm -2.3
wie schade -2.0
so geil 2.8
so schön 2.6
so toll 2.6
so süß 2.5
so traurig -2.6
so peinlich -2.5
voll geil 3.0
voll schön 2.6
voll süß 2.5
voll cool 2.5
voll scheiße -3.2
voll doof -2.4
voll blöd -2.4
echt scheiße -3.2
echt schlimm -2.6
echt super 2.8
echt toll 2.8
echt geil 2.9
einfach nur geil 3.0
einfach nur schön 2.8
einfach nur scheiße -3.2
einfach super 2.8
einfach toll 2.8
einfach genial 3.0
absolut top 3.0
absolut genial 3.2
der hammer 2.6
der wahnsinn 2.4
ein traum 2.4
wie im traum 2.2
ein alptraum -2.8
ein albtraum -2.8
ein witz -2.2
ist ein witz -2.4
das ist ein witz -2.4
nicht witzig -1.8
nicht lustig -1.8
gar nicht lustig -2.2
sehr witzig -0.5
haha sehr witzig -1.5
sehr lustig -0.3
schlecht gemacht -2.2
nicht gut -1.8
nicht so gut -1.4
gar nicht gut -2.3
nicht besonders -1.2
nicht wirklich -0.8
nicht so toll -1.5
nicht toll -1.7
nicht schön -1.8
ist nicht schön -1.8
nicht mehr schön -1.9
nicht gut genug -1.8
es geht so -0.8
geht so -0.7
naja -0.8
na ja -0.8
najaa -0.9
so lala -0.8
so la la -0.8
mittelmäßig -1.0
durchschnittlich -0.4
nichts besonderes -1.0
nichts dolles -1.3
nicht dolle -1.3
nicht das gelbe vom ei -1.6
luft nach oben -0.8
viel luft nach oben -1.3
geschmackssache 0
auf jeden fall 0.4
ohne probleme 1.8
ohne ende 0
ohne worte -1.4
keine probleme 1.6
kein problem 1.4
kein thema 1.0
gern geschehen 1.8
gerne geschehen 1.8
bitte schön 1.0
bitteschön 1.0
gute nacht 0.8
guten morgen 0.9
guten appetit 1.2
schönen tag 1.8
schönes wochenende 2.2
schönen abend 1.8
schöne grüße 1.4
liebe grüße 1.6
lg 1.0
ganz liebe grüße 2.0
frohe weihnachten 2.4
frohes neues 2.4
frohe ostern 2.3
frohes fest 2.2
gutes neues 2.2
herzlich willkommen 2.2
willkommen 1.4
gute besserung 0.3
herzliches beileid -1.6
mein beileid -1.8
beileid -1.6
ruhe in frieden -1.8
rip -1.8
r.i.p. -1.8
tschüss 0
mach's gut 0.8
es lebe 1.5
hoch lebe 1.8
ein hoch auf 2.2
prost 1.2
cheers 1.2
ach du scheiße -2.6
ach du meine güte -1.4
du meine güte -1.2
meine güte -0.8
um gottes willen -1.8
gott sei dank 1.8
gottseidank 1.8
zum teufel -2.0
zur hölle -2.2
fahr zur hölle -3.0
zum glück nicht 0.8
leider geil 2.0
leider nein -1.2
schade schade -2.0
so ein pech -2.0
pech gehabt -1.6
dumm gelaufen -1.8
blöd gelaufen -1.8
schief gelaufen -2.0
schiefgelaufen -2.0
schiefgegangen -2.0
in die hose gegangen -2.3
für die tonne -2.6
in die tonne -2.2
für die katz -2.2
voll daneben -2.2
total daneben -2.4
daneben -1.0
fehl am platz -1.5
nicht mein ding -1.4
nicht mein fall -1.4
mein ding 1.2
der knaller 2.4
ein knaller 2.4
der burner 2.4
ein volltreffer 2.6
volltreffer 2.4
ins schwarze 2.0
ein gedicht 2.6
ein genuss 2.6
ein muss 2.4
ein fehler -1.8
großer fehler -2.4
ein reinfall -2.4
das geld nicht wert -2.6
rausgeschmissenes geld -2.8
geldverschwendung -2.8
zeitverschwendung -2.6
verschwendung -2.0
abzocke pur -3.2
eine frechheit -2.8
so eine frechheit -3.0
was für ein mist -2.8
was für eine scheiße -3.2
was ein mist -2.8
was für ein tag -0.8
was für ein spiel 1.6
was ein spiel 1.6
wie geil ist das denn 3.0
hammer geil 3.0
echt jetzt -1.0
ernsthaft -0.6
im ernst -0.5
hat mich überzeugt 2.2
nicht überzeugt -1.8
nicht überzeugend -1.8
hat mich nicht überzeugt -2.2
ich bin raus -1.4
bin raus -1.2
ohne mich -1.2
mit freuden 2.0
mit vergnügen 2.0
von herzen 2.0
aus tiefstem herzen 2.4
gänsehaut 1.6
gänsehaut pur 2.6
herz geht auf 2.6
mir blutet das herz -2.5
das herz bricht -2.5
bricht mir das herz -2.7
gebrochenes herz -2.6
herzschmerz -2.3
liebeskummer -2.3
heimweh -1.6
fernweh 0.4
sehnsucht -0.4
# --- more verbs with their participles ---
bewundern 2.0
bewundere 2.1
bewundert 2.0
schätzen 1.3
schätze 0.4
geschätzt 1.5
wertschätzen 2.0
wertschätzung 2.0
vergöttern 2.6
anbeten 2.0
verehren 2.0
verehrt 2.0
vertraue 1.5
vertraut 1.2
hoffen 0.8
hoffe 0.8
hofft 0.7
gehofft 0.4
wünschen 0.9
wünsche 1.0
wünscht 0.9
gewünscht 0.6
träumen 1.0
träume 1.0
träumt 1.0
jubeln 2.2
jubelt 2.2
bejubelt 2.2
staunen 1.4
gestaunt 1.6
strahlend 2.0
erleichtert 1.8
erleichterung 1.8
beruhigt 1.2
beruhigend 1.4
entspannen 1.5
entspannung 1.7
erholen 1.3
erholung 1.6
belohnen 1.6
belohnt 1.8
verwöhnen 1.8
verwöhnt 1.4
überraschen 1.2
überrascht 1.0
positiv überrascht 2.6
angenehm überrascht 2.6
negativ überrascht -2.2
böse überraschung -2.2
unangenehm überrascht -2.2
verbessern 1.2
verbessert 1.4
verbesserung 1.3
fortschritt 1.5
aufwärts 1.2
bergauf 1.3
bergab -1.3
verschlechtern -1.6
verschlechtert -1.8
verschlechterung -1.8
grinsen 1.6
grinst 1.5
schmunzeln 1.5
schmunzelt 1.5
amüsieren 1.7
amüsiert 1.7
schwärmen 2.0
schwärme 2.0
schwärmt 2.0
toben -1.2
tobt -1.3
schimpfen -1.8
schimpft -1.8
geschimpft -1.8
fluchen -1.8
brüllen -1.4
anschreien -2.2
angeschrien -2.3
beleidigen -2.4
beschimpfen -2.5
beschimpft -2.5
mobben -2.6
gemobbt -2.7
mobbing -2.7
schikanieren -2.6
schikane -2.5
drohen -2.0
droht -1.9
bedroht -2.1
verletzen -2.0
töten -3.0
tötet -3.0
getötet -3.0
ermordet -3.2
umgebracht -3.0
sterben -2.4
stirbt -2.4
starb -2.4
verhungern -2.6
ertrinken -2.4
ertrunken -2.5
quälen -2.6
quält -2.6
gequält -2.6
zerstören -2.4
zerstört -2.4
zerstörung -2.4
vernichten -2.5
vernichtet -2.5
ruinieren -2.5
ruiniert -2.6
kaputtmachen -2.3
kaputt gemacht -2.3
verschwenden -1.8
missbrauchen -2.8
missbraucht -2.9
ausnutzen -2.2
ausgenutzt -2.3
ausbeuten -2.5
ausgebeutet -2.6
vernachlässigen -1.8
vernachlässigt -1.9
ignorieren -1.6
ignoriert -1.7
im stich gelassen -2.4
hängen lassen -1.8
hängengelassen -2.0
abgewimmelt -2.2
vertröstet -1.9
abgespeist -2.0
hingehalten -2.1
weitergeleitet -0.6
herumgereicht -1.6
schikaniert -2.6
langweilen -1.8
langweilt -1.9
ermüden -1.4
quengeln -1.3
motzen -1.5
motzt -1.5
kritisieren -1.4
kritisiert -1.4
bemängeln -1.5
bemängelt -1.5
warnen -1.2
warne -1.4
gewarnt -1.3
fürchten -1.8
befürchte -1.6
befürchten -1.6
bangen -1.4
zittern -1.2
erschrecken -1.8
erschrocken -1.8
schämen -1.9
schäme -2.0
schämt -1.9
schämt euch -2.8
schämen sie sich -2.8
geschämt -1.9
bedauern -1.6
bedauere -1.6
bedauerlich -1.8
bedauerlicherweise -1.5
vermasseln -2.2
verschlimmern -2.0
verschlimmert -2.0
blamieren -2.0
blamiert -2.2
versauen -2.2
# --- more positive words ---
wohltat 2.0
prachtstück 2.4
perle 1.8
juwel 2.2
schmuckstück 2.2
geheimtipp 2.2
glanzstück 2.4
sahnestück 2.4
spitzenklasse 2.8
spitzenleistung 2.8
spitzenqualität 2.8
sahne 1.2
erste sahne 2.8
allererste sahne 3.0
bärenstark 2.6
weltmeisterlich 2.6
meisterhaft 2.8
bravourös 2.8
glänzend 2.3
fulminant 2.8
furios 2.4
rasant 1.2
mitreißend 2.4
packend 2.2
fesselnd 2.2
kurzweilig 1.8
urkomisch 2.4
komisch -0.3
saukomisch 2.4
zum brüllen 2.4
genialer 3.0
ausgefallen 0.8
raffiniert 1.8
durchdacht 1.8
ausgereift 1.8
hochwertige 2.0
wertig 1.6
empfindlich -0.8
zartes 1.0
zart 1.0
weich 0.8
butterweich 1.6
sanft 1.2
hingebungsvoll 2.0
fürsorge 1.8
zärtlich 1.8
innig 1.8
glücklicherweise 1.6
erfreulicherweise 1.8
hoffentlich 0.6
endlich mal 1.2
heldenhaft 2.4
vorbild 2.0
wegweisend 2.0
genialität 2.6
geniestreich 2.8
geschenkt 1.0
gratis 1.0
kostenlos 0.8
rabatt 1.0
angebot 0.5
sparen 0.8
gespart 1.0
gewinnspiel 0.5
glücklich machen 2.6
macht glücklich 2.6
macht mich glücklich 2.8
freut euch 2.0
sauber gemacht 1.8
bestanden 2.2
befördert 2.0
beförderung 2.0
verlobt 2.4
verlobung 2.4
hochzeit 1.8
geboren 1.5
nachwuchs 1.5
heiraten 1.8
sommer 0.6
sonne 0.8
strand 0.8
regenbogen 1.2
frühling 0.8
schokolade 1.0
kuchen 0.8
pizza 0.6
eis 0
lieblingsessen 1.8
lieblingslied 1.8
lieblingsfilm 1.8
lieblingsband 1.8
ohrwurm 0.4
# --- more negative words ---
schlechtes gewissen -1.6
regen -0.6
regnet -0.8
regnerisch -1.2
sauwetter -2.2
mistwetter -2.4
schietwetter -2.2
hundewetter -2.0
kälte -0.8
hitze -0.8
schwül -1.0
grippe -1.6
erkältung -1.4
erkältet -1.4
kopfschmerzen -1.7
kopfweh -1.6
bauchschmerzen -1.7
zahnschmerzen -1.8
migräne -2.0
fieber -1.4
übelkeit -1.8
husten -1.0
schnupfen -1.0
notaufnahme -1.4
arzt 0
prüfung -0.4
klausur -0.6
klausuren -0.6
durchgefallen -2.2
stau -1.6
funkloch -1.8
akku leer -1.4
kein empfang -1.6
kein netz -1.6
kein internet -1.8
internet weg -1.8
offline -0.5
down -1.2
absturz -1.8
bug -1.4
bugs -1.4
virus -1.5
hacker -1.4
gehackt -2.0
datenleck -2.2
spamfilter 0
werbung -0.8
nervige werbung -2.2
zwangsupdate -1.8
abgelehnt -1.7
ablehnung -1.6
absage -1.4
abgesagt -1.6
gestrichen -1.4
verschoben -1.0
ausgebucht -0.8
ausverkauft -0.8
nicht lieferbar -1.4
nicht vorrätig -1.2
vergriffen -0.8
überweisung 0
mahnung -1.8
gebühr -1.0
gebühren -1.1
versteckte kosten -2.3
versteckte gebühren -2.4
aufpreis -1.2
abbuchung -0.5
doppelt abgebucht -2.4
zu viel berechnet -2.4
falsch berechnet -2.2
überhöht -1.9
preiserhöhung -1.8
teurer -1.2
drängeln -1.5
gedränge -1.5
wartezimmer -0.5
warteschlange -1.2
schlange stehen -1.2
ewig gewartet -2.4
ewig warten -2.2
stundenlang -1.2
tagelang -1.0
wochenlang -1.3
monatelang -1.5
endlos -1.2
ewigkeit -0.8
hotline -0.8
kundenhotline -0.8
bandansage -1.4
inkasso -2.0
anzeige -1.2
gefängnis -1.6
knast -1.6
urteil -0.5
schuldig -1.5
verurteilt -1.6
angeklagt -1.5
festgenommen -1.4
verhaftet -1.4
verdacht -1.2
ermittlungen -0.8
explosion -2.0
brand -1.6
feuer -0.8
erdbeben -2.2
überschwemmung -2.0
hochwasser -1.8
sturm -1.2
unwetter -1.6
flugzeugabsturz -2.8
verunglückt -2.4
tödlich verunglückt -3.0
schwer verletzt -2.4
schwerverletzt -2.4
leblos -2.2
entführt -2.6
geisel -2.3
bomben -2.4
schüsse -2.4
erschossen -3.0
schießerei -2.8
amoklauf -3.2
massaker -3.4
völkermord -3.6
holocaust -3.0
genozid -3.6
hinrichtung -2.8
todesstrafe -2.0
diktatur -2.4
diktator -2.4
unterdrückung -2.4
zensur -1.8
propaganda -1.8
hetzjagd -2.8
shitstorm -2.4
blamabel -2.4
beschämend -2.5
schändlich -2.6
ehrlos -2.4
charakterlos -2.4
gewissenlos -2.6
skrupellos -2.7
herzlos -2.4
kaltherzig -2.3
gefühllos -2.0
lieblos -2.0
taktlos -2.0
stillos -1.6
niveaulos -2.4
asozial -2.6
assi -2.4
assig -2.4
prollig -1.8
proll -1.8
spießig -1.4
unsympathisch -2.0
unausstehlich -2.6
nervensäge -2.2
plage -2.0
# --- interjections and social-media forms ---
yeeha 2.0
yiha 2.0
hui 1.2
juhuuu 2.8
wuhu 2.4
wuhuu 2.4
woohoo 2.6
whoop 2.0
jaaa 1.8
jaaaa 2.0
jeah 1.6
geilo 2.6
geiil 2.6
geeeil 2.8
supiii 2.6
toll toll toll 2.8
uff -1.0
puh -0.8
pff -1.2
pfff -1.4
pffff -1.5
tss -1.0
tsts -1.0
tztz -1.2
tztztz -1.2
hmpf -1.4
grml -1.6
grmpf -1.6
narf -1.0
mäh -1.0
meh -1.2
bah -1.6
würg -2.2
kotz -2.6
ächz -1.4
stöhn -1.2
schluchz -1.8
schnief -1.6
buhu -1.6
buhuu -1.7
sad -2.0
fail -2.2
epic fail -2.8
facepalm -2.0
nö -0.6
nee -0.4
nein -0.5
niemals -0.6
doch 0
jein 0
hä 0
häh 0
hmm 0
hm 0
mhm 0.3
aww 1.8
awww 2.0
ohh 0
oh 0
ach 0
ohje -1.5
oweh -1.5
o weh -1.5
weh -1.2
schluss -0.3
gefällt mir sehr 2.6
yolo 1.0
fml -2.4
smh -1.6
idk 0
btw 0
nvm 0
omfg -1.0
gn8 0.5
hdl 2.5
hdgdl 3.0
ily 2.8
bff 1.8
kk 0.3
danke dir 2.0
danke euch 2.0
dankö 1.8
danki 1.8
dankeee 2.2
dankee 2.0
merci beaucoup 2.2
# --- more adjectives ---
anmutig 1.8
ansprechend 1.7
appetitlich 1.8
ausgeglichen 1.4
ausgezeichnete 3.0
befreiend 1.8
befreit 1.6
beglückend 2.4
beglückt 2.4
behaglich 1.8
beliebteste 1.8
beneidenswert 1.6
beschwingt 1.8
bestärkt 1.4
bewährt 1.4
bildschön 3.0
blendend 2.4
brillante 3.0
charmante 2.1
dankenswert 1.8
dankenswerterweise 1.6
detailverliebt 1.8
ehrenvoll 1.8
ehrenwert 1.6
einfallsreich 1.8
einladend 1.6
einmalig 2.0
energiegeladen 1.6
entspannte 1.6
erfolgversprechend 1.6
ergreifend 1.6
erhaben 1.8
ermutigend 1.9
erquickend 1.8
erstrebenswert 1.6
faire 1.4
feinfühlig 1.6
festlich 1.8
formschön 1.8
fröhliche 2.2
fruchtbar 1.0
fulminante 2.8
gastfreundlich 2.2
gastfreundschaft 2.2
geborgene 1.8
gediegen 1.4
geeignete 0.9
gefühlvoll 1.8
gekonnt 2.0
gelungene 2.3
gemütliche 1.8
genießbar 0.8
gesellig 1.8
gewissenhaft 1.8
glanzvoll 2.3
gönnen 1.0
grundsolide 1.8
gutes 1.9
gütig 1.8
heilbar 0.6
heldenhafte 2.4
hellwach 1.0
herausragende 2.9
herzerwärmend 2.6
herzallerliebst 2.8
hilfreiche 2.0
himmlische 2.8
hinreißend 2.8
hochkarätig 2.2
hochklassig 2.4
humorvolle 1.8
ideenreich 1.8
imposant 2.0
informativ 1.4
interessante 1.3
jugendfrei 0
köstliche 2.6
kunstvoll 2.0
lebensfroh 2.2
lebenswert 1.8
lehrreich 1.8
leidenschaftlich 1.8
lieblich 1.7
liebenswerte 2.3
luxuriös 1.6
märchenhaft 2.6
meisterlich 2.6
mitfühlend 1.8
mustergültig 2.4
nachhaltig 0.8
neugierig 0.6
paradiesisch 2.6
pfiffig 1.6
preisgünstig 1.5
preiswerte 1.6
reichhaltig 1.4
reizvoll 1.7
rundum gelungen 2.8
schlagfertig 1.6
schmackhafte 2.0
schwungvoll 1.8
sehenswerte 2.1
sensibel 0.6
sorgfältig 1.6
spannende 1.8
sportlich 1.0
strahlende 2.0
stimmungsvoll 2.0
traumhafte 3.0
treffend 1.4
tüchtig 1.6
überzeugende 1.9
unbeschwert 2.0
unterhaltsame 1.8
unvergleichlich 2.6
verführerisch 1.6
verlockend 1.6
vielversprechend 1.9
vielseitig 1.4
vital 1.2
vorzüglich 2.8
warmherzige 2.2
wegweisende 2.0
weltoffen 1.4
wertvolle 1.9
wohlig 1.8
wohltuende 1.9
wunderbare 3.1
würdig 1.2
würdevoll 1.6
zärtliche 1.8
zauberhafte 2.8
zufriedene 2.0
zuverlässige 2.0
zuvorkommende 2.2
# --- more negative adjectives ---
abartig -2.6
abgedroschen -1.6
abgehoben -1.6
abgenutzt -1.3
abgestanden -1.6
abgewrackt -2.0
abscheulicher -3.0
alarmierend -2.1
aussichtsloser -2.2
beklagenswert -2.2
belastend -1.8
belanglos -1.4
bemitleidenswert -1.8
beschämt -1.8
beschränkt -1.8
besorgniserregend -2.1
betrunken -1.0
bitterböse -2.4
blamable -2.4
bockig -1.4
boshaft -2.4
dämliche -2.2
dramatisch -1.4
dreckige -2.1
dumme -2.3
dümmste -2.8
dürftige -1.9
düster -1.5
einfallslos -1.8
eintönige -1.5
elende -2.4
empörende -2.7
enttäuschende -2.4
erbärmliche -2.7
ekelhafte -3.0
fehlerhafte -2.2
feige -2.0
flach -0.8
fragwürdige -1.5
fürchterliche -2.8
gefährliche -1.8
gehässig -2.4
geistlos -2.0
gemeine -2.1
geschmacklose -1.9
gierige -2.0
gleichgültig -1.2
grausame -2.8
grauenhafte -3.0
hämisch -2.0
hässliche -2.4
herzlose -2.4
hinterfotzig -2.8
hoffnungslose -2.6
hohl -1.6
holprig -1.4
ignorant -2.2
illoyal -1.8
inakzeptabel -2.6
inhuman -2.8
katastrophale -3.2
kleinkariert -1.6
klebrig -1.2
konfus -1.4
kraftlos -1.4
kritikwürdig -1.8
lahme -1.8
langweilige -2.0
lausig -2.2
leichtsinnig -1.6
lieblose -2.0
lückenhaft -1.5
marode -2.0
mickrig -1.8
miese -2.3
mieses -2.3
miesen -2.3
mieser -2.3
missglückt -2.2
missraten -2.2
misstrauisch -1.4
mittelprächtig -1.0
morbide -1.4
nachteilige -1.5
nervige -2.1
neurotisch -1.6
nichtssagend -1.6
nutzlose -2.2
oberflächlich -1.5
peinliche -2.2
plumpe -1.5
problematische -1.5
qualvolle -2.8
rabiat -2.0
reißerisch -1.4
rückständig -1.8
rüpelhaft -2.2
schädliche -2.0
schauderhaft -2.7
schaurig -1.8
schlechte -2.2
schlimme -2.2
schmerzlich -2.0
schmierig -2.0
schockierende -2.5
schrecklicher -2.8
schreckliche -2.8
schroff -1.6
schwache -1.5
schwerfällig -1.5
sinnlose -2.0
stressige -1.9
stümperhafte -2.5
stupide -2.0
tragische -2.4
traurige -2.2
trostlos -2.2
trübe -1.2
trübselig -2.0
überflüssige -1.7
übellaunig -2.0
unangenehme -2.0
unbequem -1.4
unbrauchbare -2.5
undankbar -1.8
undurchsichtig -1.4
unerfreulich -1.8
unerhört -2.2
unfähige -2.5
unfreundliche -2.2
ungenießbare -2.8
ungeschickt -1.4
unglückliche -2.4
unheilvoll -2.0
unhygienisch -2.4
unmenschlich -3.0
unnütz -1.8
unordentliche -1.5
unsäglich -2.6
unschön -1.8
unterbezahlt -1.6
unterdurchschnittlich -1.8
unverschämte -2.6
unwürdig -2.2
unzuverlässige -2.2
verantwortungslos -2.5
verärgerte -2.2
verbohrt -1.8
verdreht -1.4
verfahren -0.6
vergiftet -2.2
verhasst -2.5
verkorkst -2.2
verlogene -2.6
vermurkst -2.2
verpeilt -1.4
verschlissen -1.4
verschroben -1.0
versnobt -1.6
verstaubt -1.2
verwahrlost -2.2
verwerfliche -2.5
verzweifelte -2.8
widerliche -3.0
widersprüchlich -1.4
wirr -1.4
wütende -2.5
zermürbend -2.2
zerrüttet -2.0
zerstörerisch -2.4
zwielichtig -2.0
# --- more nouns and verbs ---
abscheu -2.6
ablenkung 0
aufregung -0.8
ausrede -1.6
ausreden -1.6
ausrutscher -1.4
beleidigung -2.5
beleidigungen -2.5
benachteiligung -2.0
beschimpfung -2.5
beschiss -2.8
betrugsmasche -3.0
bevormundung -2.0
dummheit -2.4
dummheiten -2.0
ekel -2.6
engpass -1.2
entsetzen -2.6
fehlentscheidung -2.0
fehlverhalten -2.0
feindschaft -2.2
frechheiten -2.6
gemeinheit -2.4
geschwätz -2.0
gejammer -1.6
genörgel -1.6
gerede -1.0
gezicke -1.8
gezanke -1.8
grauen -2.4
groll -2.0
hohn -2.2
häme -2.2
irrsinn -2.0
jammer -1.8
katastrophen -3.0
kopfschütteln -1.6
lästerei -1.8
lügengeschichte -2.4
machtmissbrauch -2.8
missstand -2.3
missstände -2.3
misstrauen -1.8
misserfolg -2.0
mobber -2.6
neid -1.6
niedertracht -2.8
notfall -1.4
peinlichkeiten -2.0
pfusch -2.4
pfuscher -2.4
pleiten -1.8
quälerei -2.4
rassenhass -3.0
reue -1.4
rücksichtslosigkeit -2.4
schikanen -2.5
schmach -2.4
schwachstelle -1.2
schwachstellen -1.2
selbstmord -2.8
sorgenkind -1.4
tierquälerei -3.0
todesangst -2.8
trauerfall -2.2
ungeduld -1.2
unglücksfall -2.2
unmut -1.8
unruhe -1.3
unsinnig -1.8
untergang -2.2
unverstand -1.8
verachtung -2.6
verärgerung -2.0
verfall -1.8
verletzungen -1.8
verschwörung -1.4
verunsicherung -1.5
verzicht -0.6
verzögerungen -1.4
vorurteil -1.6
vorurteile -1.6
wahnsinnige -1.6
widerstand -0.5
zerfall -1.6
zumutungen -2.5
zweifel -1.0
anerkennen 1.2
anerkannt 1.2
aufatmen 1.8
aufblühen 1.8
aufgeblüht 1.8
aufheitern 1.8
aufmuntern 1.8
aufgemuntert 1.8
begeistert mich 2.8
beglückwünschen 2.2
berauschend 2.0
bereichern 1.6
bereichert 1.6
bereicherung 1.9
bestaunen 1.6
bestätigt 0.4
brillieren 2.4
brilliert 2.4
durchstarten 1.4
entzücken 2.4
erheitern 1.8
erfreuen 2.0
erstrahlen 2.0
faszinieren 2.0
fasziniert 2.2
feiere 1.6
gönn dir 1.6
gönnt euch 1.6
herzlichen 1.6
inspiriert 1.9
jubelnd 2.2
kuscheln 1.8
lobe 1.8
motivieren 1.4
mitfiebern 1.2
schmeckt mir 2.0
schmecken 1.2
schwärmerei 1.8
staunend 1.4
strahlte 1.6
verzaubern 2.4
verzaubert 2.4
weiterhelfen 1.6
weitergeholfen 2.0
zujubeln 2.0
zustimmen 0.8
abkotzen -2.8
ablehnen -1.2
anlügen -2.6
angelogen -2.7
anmeckern -1.6
anmaßend -2.2
anpöbeln -2.2
angepöbelt -2.3
ausgelacht -2.2
auslachen -2.0
ausrasten -2.0
ausgerastet -2.0
bedrohen -2.2
belästigen -2.2
belästigt -2.3
belästigung -2.5
belügen -2.6
belogen -2.6
bereue es -2.4
beschädigen -2.0
beschämen -2.0
demütigen -2.5
gedemütigt -2.6
demütigung -2.6
diskriminieren -2.6
diskriminiert -2.6
einschüchtern -2.3
eingeschüchtert -2.2
enttäuscht mich -2.6
erniedrigen -2.5
erniedrigt -2.5
erpressen -2.7
erpresst -2.7
erpressung -2.7
hetzen -2.2
hintergehen -2.5
hintergangen -2.6
jammere -1.4
kotzen -2.6
kotze -2.6
leide -2.0
lästern -1.8
lästert -1.8
manipulieren -2.0
manipuliert -2.1
misshandeln -2.8
misshandelt -2.8
nörgelt -1.4
pöbeln -2.2
quäle -2.4
geschlagen -1.8
schubsen -1.6
schummeln -1.8
stinken -2.0
stinkt -2.2
trauere -2.0
übertreiben -1.2
übertrieben -1.4
verachten -2.6
verachte -2.6
verärgern -2.0
verdrängen -1.0
verfluchen -2.2
verhöhnen -2.4
verhöhnt -2.4
verleumden -2.4
verleumdung -2.4
verpetzen -1.6
verprügeln -2.6
verprügelt -2.7
verraten -2.5
verrat -2.6
verschweigen -1.4
verspotten -2.2
verspottet -2.2
verzweifeln -2.6
verzweifle -2.6
zerreißen -1.6
zerrissen -1.6
zicken -1.6
zittere -1.2
# --- laughter, English loans and chat forms ---
haha* 1.7
ahaha* 1.8
hihi* 1.6
hehe* 1.5
lachhaft -2.2
lächerlichkeit -2.2
merkwürdig -0.8
seltsam -0.6
komische -0.3
übelriechend -2.2
trist -1.8
triste -1.8
tristesse -1.6
übergriffig -2.2
interessiert mich nicht -1.2
interessiert keinen -1.2
juckt mich nicht -1.0
juckt keinen -1.0
dammit -1.8
damn -1.5
darn -1.2
goddamn -2.0
hate -2.5
hated -2.4
bad -1.8
sucks -2.2
suck -2.0
worst -3.0
boring -2.0
weird -0.8
wierd -0.8
creepy -1.6
ugly -2.2
stupid -2.2
angry -2.0
annoying -2.1
struggling -1.6
struggle -1.4
crying -1.8
cry -1.6
pain -1.8
tired -1.2
favourite 1.8
favorite 1.8
fav 1.6
best 2.0
cute 2.0
sweet 1.8
funny 1.6
excited 2.2
proud 2.0
thankful 2.2
grateful 2.2
enjoy 1.8
win 1.6
fantastic 3.0
brilliant 2.8
gorgeous 2.8
glückauf 1.5
glück auf 1.5
lust 1.0
hätte lust 1.6
hab lust 1.6
habe lust 1.6
keine zeit -0.8
wenigstens -0.4
uffff -1.4
hach ja 0.6
ach herrje -1.2
herrje -1.2
herrjeh -1.2
meine fresse -1.8
alter schwede 0.5
heilige scheiße -1.6
boah ey -1.0
krass gut 2.6
krass schlecht -2.8
echt krass -0.6
ganz schön teuer -1.8
nicht mehr lange 0.5
kann es kaum erwarten 2.4
kanns kaum erwarten 2.4
kann's kaum erwarten 2.4
freu mich drauf 2.5
freue mich drauf 2.5
freu mich schon 2.5
freue mich schon 2.5
ich freue mich 2.5
bin gespannt 1.2
sehr gespannt 1.6
gespannt 0.8
endlich da 2.0
ist endlich da 2.2
ist da 0.3
hab's geschafft 2.4
habs geschafft 2.4
wir haben es geschafft 2.6
wieder da 0.6
wieder gesund 2.0
wieder fit 1.8
gut angekommen 1.8
heil angekommen 1.8
sicher angekommen 1.6
gut gelaufen 2.0
lief gut 1.8
läuft super 2.6
ging schief -2.0
geht schief -1.8
voll in die hose -2.6
schlecht gelaufen -2.0
nicht gut gelaufen -2.0
war nix -1.8
wird nix -1.6
wird das nix -1.6
das wird nichts -1.5
bringt nichts -1.6
bringt nix -1.6
bringen nichts -1.6
hilft nichts -1.4
hilft nicht -1.4
nichts gebracht -1.8
bringt's nicht -1.6
nicht drauf -1.2
habt's nicht drauf -2.0
nicht zu fassen -1.8
nicht zu glauben -1.4
unglaublich schlecht -3.0
unglaublich gut 3.0
kein wunder -0.8
kein geld -1.4
keine kohle -1.4
keine chance -1.4
keine hilfe -2.0
kein service -2.2
kein ersatz -1.8
kein rückruf -2.2
kein anschluss -1.6
nichts passiert -1.4
nichts geht mehr -2.2
nichts funktioniert -2.6
nichts klappt -2.4
alles kaputt -2.6
alles doof -2.2
alles scheiße -3.0
alles mist -2.6
alles falsch -2.0
so ein quatsch -2.0
so ein unsinn -2.2
was soll das -1.8
was soll der scheiß -2.8
was soll der mist -2.6
was zum teufel -2.2
wie bitte -1.0
ich kann nicht mehr -1.8
kann nicht mehr -1.6
mir stinkt's -2.2
mir stinkts -2.2
stinkt mir -2.2
es nervt -2.2
das nervt -2.4
nervt mich -2.5
nervt total -2.8
ärgert mich -2.2
ärgere mich -2.2
traurig aber wahr -1.6
schade um -1.6
zu schade -1.4
war ja klar -1.4
typisch -0.8
mal wieder -0.6
schon wieder -1.0
immer wieder gerne 2.4
jederzeit wieder 2.6
gerne wieder 2.4
immer gerne 2.0
sehr gerne 1.8
bitte mehr davon 2.4
mehr davon 1.8
macht weiter so 2.4
respekt dafür 2.2
großes lob 2.6
ein großes lob 2.6
ein dickes lob 2.6
dickes lob 2.6
lob an 2.2
großen dank 2.4
ein großes dankeschön 2.8
dickes dankeschön 2.8
danke danke danke 3.0
mega danke 2.6
danke für alles 2.4
danke für eure geduld 1.6
danke für die info 1.6
danke für den tipp 2.0
danke für die blumen 1.2
guter tipp 1.8
top tipp 2.4
sehr hilfreich 2.4
hilft mir 1.6
hat geholfen 1.8
hat super geholfen 2.6
nicht geholfen -1.8
hat nicht geholfen -2.0
keiner hilft -2.2
niemand hilft -2.2
kein mensch -1.0
krieg ich 0
krieg ich nicht hin -1.4
kriege ich nicht hin -1.4
kriegs nicht hin -1.4
krieg's nicht hin -1.4
scheiße geil 2.6
scheiß geil 2.6
scheissgeil 2.6
schweinegeil 2.8
arschgeil 2.6
zum geht nicht mehr 0
bis zum geht nicht mehr 0
# --- product reviews and services ---
verarbeitung 0
gut verarbeitet 2.2
super verarbeitet 2.6
sauber verarbeitet 2.2
hochwertig verarbeitet 2.4
mies verarbeitet -2.5
hält was es verspricht 2.4
hält nicht was es verspricht -2.4
wie beschrieben 1.2
nicht wie beschrieben -2.2
wie erwartet 0.8
besser als erwartet 2.4
schlechter als erwartet -2.4
übertrifft alle erwartungen 3.0
übertrifft meine erwartungen 2.8
erwartungen übertroffen 2.8
erwartungen erfüllt 1.8
erwartungen nicht erfüllt -2.2
entspricht nicht -1.6
entspricht nicht der beschreibung -2.2
top zustand 2.4
guter zustand 1.8
einwandfreier zustand 2.4
schlechter zustand -2.2
funktioniert tadellos 2.6
funktioniert super 2.6
funktioniert prima 2.4
funktioniert bestens 2.6
läuft stabil 1.8
läuft einwandfrei 2.6
akku hält 1.2
akku hält nicht -2.0
akku schwach -1.8
hält ewig 2.0
nach einer woche kaputt -2.8
nach kurzer zeit kaputt -2.8
schnell kaputt -2.4
nach wenigen tagen -1.2
leicht zu bedienen 1.8
einfach zu bedienen 1.8
kinderleicht 2.0
schwer zu bedienen -1.6
umständlich zu bedienen -1.8
lieferzeit 0
lange lieferzeit -1.8
schneller versand 2.2
schnelle bearbeitung 2.0
zügige bearbeitung 2.0
freundliches personal 2.2
nettes personal 2.2
unfreundliches personal -2.4
kompetente beratung 2.4
gute beratung 2.2
schlechte beratung -2.3
keine beratung -1.8
tolles team 2.6
super team 2.6
tolles hotel 2.6
sauberes zimmer 1.8
dreckiges zimmer -2.4
zimmer war dreckig -2.4
essen war kalt -1.8
essen war lecker 2.4
essen war super 2.6
lecker essen 2.3
leckeres essen 2.3
kaltes essen -1.6
zu lange gewartet -2.2
lange warten -1.6
lange gewartet -1.8
endlos lange -2.0
pünktlich geliefert 2.0
pünktlich angekommen 1.8
schnell angekommen 2.0
schnell da 1.8
gut verpackt 1.6
schlecht verpackt -1.8
ohne verpackung -1.0
abgelaufene -1.6
rückerstattung -0.3
rückerstattet 0.6
erstattet 0.6
gutschrift 0.8
umtausch -0.4
umgetauscht -0.2
retoure -0.5
zurückgeschickt -0.8
zurücksenden -0.6
garantiefall -1.0
reparatur -0.6
repariert 1.0
ersatzteil 0
ersatzgerät 0.2
kulanterweise 1.8
auf kulanz 1.6
entgegenkommend 1.8
entgegenkommen 1.2
lösungsorientiert 1.6
unbürokratisch 1.8
bürokratisch -1.2
bürokratie -1.2
papierkram -1.0
formulare 0
schikanös -2.4
hinhalten -2.0
abwimmeln -2.2
vertrösten -1.8
unerreichbarkeit -2.0
dauerbesetzt -2.0
besetzt -0.8
# --- more everyday adjectives ---
abgefahren 1.4
abwechslungsreich 1.6
alltagstauglich 1.4
anspruchsvoll 0.8
auffällig 0
aufgeräumt 1.2
ausbaufähig -0.8
authentisch 1.6
beachtenswert 1.4
bedenkenlos 1.8
bekömmlich 1.2
belastbar 1.2
beliebig -0.8
beruhigende 1.4
bescheuerte -2.5
bestechend 2.0
betörend 2.2
bewegende 1.5
biestig -1.8
bissig -1.2
blitzblank 2.0
bodenständig 1.4
buntes 0.8
bunt 0.8
charakterstark 1.8
dankbare 2.3
deftig 1.0
dezent 0.6
drollig 1.6
durchwachsen -0.8
edle 1.7
ehrgeizig 1.0
eigenartig -0.6
einfühlsam 2.0
einwandfreie 2.4
eklige -2.6
elegante 1.8
empathisch 1.8
erfinderisch 1.6
erfrischende 1.8
erschwinglich 1.4
exzellente 3.1
fabelhafte 2.9
fantastische 3.2
feinste 2.0
fesch 1.8
fetzig 1.8
formidabel 2.6
freche -1.3
friedliche 1.6
fröhlichen 2.2
fulminanter 2.8
gediegene 1.4
gefährdet -1.4
gelungener 2.3
genießerisch 1.8
gepflegte 1.5
geschickt 1.4
gewagt 0.2
glückliche 2.5
goldrichtig 2.4
großartige 3.1
grundehrlich 2.0
gut durchdacht 2.0
gutaussehend 2.0
gütige 1.8
handlich 1.4
harmlos 0.4
hektische -1.2
herrliche 2.9
hervorragende 3.1
hilflose -2.0
hingerissen 2.6
hoffnungsfroh 2.0
hübsche 2.0
ideale 2.3
imposante 2.0
informative 1.4
interessanter 1.3
kaputte -2.2
kleinlich -1.6
knackig 1.6
komfortable 1.7
kompetente 2.0
kostspielig -1.0
kraftlose -1.4
kuriose -0.4
kurios -0.4
kurzweilige 1.8
lahmarschig -2.4
langatmig -1.6
lauwarme -1.0
lebhaft 1.2
leckere 2.3
leckerste 2.8
leidenschaftliche 1.8
liebevolle 2.4
locker 1.0
lohnende 1.8
lustige 1.6
magisch 2.2
makellose 2.4
mangelhafte -2.3
melancholisch -1.2
mies gelaunt -2.2
mitreißende 2.4
mühelos 1.6
mutige 1.8
nachvollziehbar 0.8
nervenaufreibend -1.8
nette 1.8
neumodisch -0.6
niederschmetternd -2.6
niveauvoll 2.0
nützliche 1.6
ordentliche 1.2
originelle 1.6
peinlicher -2.2
perfekte 3.0
pfundig 2.0
phänomenale 3.2
positive 1.6
praktische 1.4
prächtige 2.4
professionelle 1.8
putzige 1.7
qualitativ 1.0
rätselhaft -0.4
reibungslose 2.0
reizende 2.1
robuste 1.4
romantischer 1.6
rührende 1.6
ruhige 0.8
sagenhaft 2.8
sanfte 1.2
schaurige -1.8
schicke 1.8
schmerzlos 1.0
schnuckelig 2.0
schräg 0
schrullig -0.4
schusselig -1.0
seltsame -0.6
sensationelle 3.1
sichere 0
sonnige 1.2
spaßig 1.8
spitzenmäßige 2.8
stabile 1.2
starke 1.4
steril -0.6
stressfrei 1.8
stylische 1.8
süße 1.9
sympathische 2.0
tapfere 1.8
treue 1.6
umweltschädlich -1.6
unbezahlbare 1.2
unerreicht 2.2
unkomplizierte 1.8
unschlagbare 2.6
unterhaltsamer 1.8
verlässliche 1.9
verrückte -0.8
vertrauensvoll 1.8
vielfältig 1.4
vorbildliche 2.5
wertige 1.6
witzige 1.6
wohlschmeckend 2.2
wunderhübsch 2.8
wunderschöne 3.2
zeitlos 1.4
zuckersüß 2.4
zufriedenstellende 1.3
zügige 1.3
# --- separable and colloquial verbs whose particle comes last ---
stürzt -1.4
stürzte -1.4
abstürzt -1.8
stürzt ständig ab -2.4
hängt sich ständig auf -2.4
hängt ständig -1.6
spinnt -1.6
spinnt total -2.2
zickt -1.4
zickt rum -1.6
streikt -1.6
streikt schon wieder -2.2
hakt -1.2
ruckelt -1.6
laggt -1.8
buggt -1.8
spackt -1.8
spackt rum -1.8
nervt rum -2.2
kotzt an -2.8
regt auf -2.0
fuckt ab -2.6
fuckt mich ab -2.8
pisst mich an -2.8
ankotzen -2.8
angekotzt -2.6
angepisst -2.6
abgefuckt -2.6
abgenervt -2.4
angenervt -2.2
durchgedreht -1.4
ausgeflippt -1.0
austicken -1.8
ausgetickt -1.8
rumzicken -1.6
rumheulen -1.8
rumjammern -1.6
rummeckern -1.6
freut sich 2.0
freuen sich 2.0
freu dich 2.0
aufgeregt 0.3
klappt super 2.6
klappt prima 2.4
klappt wunderbar 2.8
klappt gut 2.0
klappt nie -2.0
klappt immer 1.2
geht klar 1.0
geht ab 1.4
geht steil 2.0
rockt 2.2
rockt total 2.6
rocken 1.8
gerockt 2.0
abfeiern 2.0
abgefeiert 2.2
feier ich 2.2
feier ich hart 2.6
liebe es 2.8
ich liebe es 3.0
liebs 2.6
lieb's 2.6
lieb ich 2.6
find ich gut 2.0
finde ich gut 2.0
find ich super 2.6
finde ich super 2.6
find ich toll 2.6
finde ich toll 2.6
find ich schön 2.4
finde ich schön 2.4
find ich scheiße -3.0
finde ich scheiße -3.0
find ich doof -2.2
finde ich doof -2.2
find ich blöd -2.2
finde ich blöd -2.2
find ich schlecht -2.2
finde ich schlecht -2.2
find ich nicht gut -2.0
finde ich nicht gut -2.0
find ich nicht so gut -1.6
finde ich nicht so gut -1.6
find ich gar nicht gut -2.4
finde ich gar nicht gut -2.4
hab ich gern 1.8
mach ich gern 1.6
gern gemacht 1.6
gern gesehen 1.4
nicht gern gesehen -1.4
ungern -1.4
höchst ungern -2.0
widerwillig -1.4
unwillig -1.4
kommt nicht in frage -1.0
kommt gar nicht in frage -1.2
gar nicht mal so schlecht 1.6
gar nicht mal so gut -1.4
nicht mal schlecht 1.4
nicht ohne 0.8
ohne fehler 1.8
ohne mängel 2.0
mängelfrei 2.0
ohne schnickschnack 1.0
ohne sinn und verstand -2.2
sinn und verstand 0
ohne rücksicht -2.0
ohne erfolg -1.8
ohne ergebnis -1.4
ohne antwort -2.0
ohne rückmeldung -2.0
geht nichts über 2.2
nichts geht über 2.2
nichts zu meckern 2.2
nichts auszusetzen 2.4
nichts zu beanstanden 2.2
gibt nichts zu meckern 2.4
kein grund zur klage 2.0
keine beanstandungen 2.0
keine beschwerden 1.6
keine mängel 2.0
keine fehler 1.6
keine zeit verschwendet 1.2
lohnt sich total 2.6
lohnt sich auf jeden fall 2.6
# --- more colloquial and social-media words ---
geilomat 2.8
hammerhart 2.0
oberpeinlich -2.8
superpeinlich -2.8
megapeinlich -2.8
voll peinlich -2.6
cringe -2.0
cringy -2.0
lost -1.2
sus -0.8
vibes 1.0
gönnung 1.8
ehrenmann 2.4
ehrenfrau 2.4
ehre 1.4
ehrenlos -2.6
kek 0.5
digga 0
diggah 0
alter 0
junge 0
bruder 0
bro 0
ok boomer -1.0
geschockt -2.2
baff 0.5
platt 0
fix und fertig -2.0
am ende -2.0
völlig am ende -2.6
k.o. -1.4
tot müde -2.0
jo 0.3
joa 0.2
jup 0.4
jap 0.4
yup 0.4
klaro 0.8
logo 0.4
gerne doch 1.2
na klar 0.6
aber sicher 0.6
saubere arbeit 2.6
starke leistung 2.4
schwache leistung -2.2
grottige leistung -2.8
peinliche leistung -2.6
enttäuschende leistung -2.4
verdienter sieg 2.4
verdient gewonnen 2.4
unverdient -1.6
unverdient verloren -2.2
bittere niederlage -2.4
klatsche -2.2
abgeschlachtet -2.6
abgestiegen -2.0
abstieg -2.0
aufgestiegen 2.0
aufstieg 1.8
meisterschaft 0.5
traumtor 2.6
eigentor -1.6
fehlpass -1.2
schiri 0
schiedsrichter 0
fehlentscheidungen -2.0
skandalschiri -2.6
elfer 0
rote karte -1.0
ausgeschieden -1.8
endlich gewonnen 2.6
wieder verloren -2.2
schon wieder verloren -2.4
heimsieg 2.2
heimniederlage -2.2
auswärtssieg 2.2
unentschieden 0
remis 0
langsam aber sicher 0

## --- added for coverage (issue 3): everyday praise and blame, colloquial and slang forms, customer care
krass                    1.0
mega                     1.2
hochverdient             2.2
vollidiot*               -3.2
urgs                     -1.5
heuchler*                -2.8
alltagsrassismus         -2.8
nazi*                    -2.8
bock haben               1.5
voll bock                2.0
och ne                   -1.5
ach ne                   -1.2
boah ne                  -1.5
tja                      -0.5
uach                     -1.2
gnah*                    -1.2
argh*                    -1.8
grml*                    -1.5
feddich                  -1.0
sick                     1.0
slow                     -0.8
keinen stern             -2.0
bitte nicht              -1.2
unfassbar                -1.0
wochenende               0.8
wertgeschätzt            1.8
versprochen              0.8

## --- second coverage round (issue 3): umlauts typed as ae/oe/ue. Single words get their ae/oe/ue/ss
# spelling from the transliterate setting ([settings]); listed here are what it does not make:
# spellings that mix both (spitzenmaeßig) and expressions (laeuft bei dir)
spitzenmaeßig            2.8
außergewoehnlich         2.3
großzuegig               2.1
nicht uebel              1.3
laeuft bei dir           2.2
laeuft bei mir           1.6
saumaeßig                -2.5
stuerzt ab               -2.0
haengt sich auf          -2.0
laeuft nicht             -1.8
laedt nicht              -2.0
keine rueckmeldung       -2.2
haende weg               -2.6
faellt aus               -1.6
gefaellt mir             2.0
gefaellt mir nicht       -2.0
gefaellt mir gar nicht   -2.6
gefaellt nicht           -1.8
geld zurueck             -1.6
geld zurueckbekommen     -0.8
mein geld zurueck        -2.0
will mein geld zurueck   -2.6
beschaedigt angekommen   -2.6
bin enttaeuscht          -2.5
bin sehr enttaeuscht     -2.9
sehr enttaeuscht         -2.9
total enttaeuscht        -3.0
zum glueck               1.4
glueck gehabt            1.8
viel glueck              1.6
wie schoen               2.5
so schoen                2.6
voll schoen              2.6
einfach nur schoen       2.8
nicht schoen             -1.8
ist nicht schoen         -1.8
nicht mehr schoen        -1.9
mittelmaeßig             -1.0
bitte schoen             1.0
schoenen tag             1.8
schoenen abend           1.8
schoene grueße           1.4
ach du meine guete       -1.4
du meine guete           -1.2
meine guete              -0.8
zur hoelle               -2.2
fahr zur hoelle          -3.0
zum glueck nicht         0.8
fuer die tonne           -2.6
fuer die katz            -2.2
was fuer ein tag         -0.8
was fuer ein spiel       1.6
hat mich ueberzeugt      2.2
nicht ueberzeugt         -1.8
nicht ueberzeugend       -1.8
hat mich nicht ueberzeugt -2.2
mit vergnuegen           2.0
gaensehaut pur           2.6
haengen lassen           -1.8
schaemt euch             -2.8
schaemen sie sich        -2.8
zum bruellen             2.4
gluecklich machen        2.6
macht gluecklich         2.6
macht mich gluecklich    2.8
nicht vorraetig          -1.2
versteckte gebuehren     -2.4
toedlich verunglueckt    -3.0
gefaellt mir sehr        2.6
goenn dir                1.6
goennt euch              1.6
enttaeuscht mich         -2.6
glueck auf               1.5
kein rueckruf            -2.2
aergert mich             -2.2
ein großes dankeschoen   2.8
dickes dankeschoen       2.8
haelt was es verspricht  2.4
haelt nicht was es verspricht -2.4
uebertrifft alle erwartungen 3.0
uebertrifft meine erwartungen 2.8
erwartungen uebertroffen 2.8
erwartungen erfuellt     1.8
erwartungen nicht erfuellt -2.2
akku haelt               1.2
akku haelt nicht         -2.0
haelt ewig               2.0
umstaendlich zu bedienen -1.8
zuegige bearbeitung      2.0
puenktlich geliefert     2.0
puenktlich angekommen    1.8
spitzenmaeßige           2.8
zuckersueß               2.4
stuerzt staendig ab      -2.4
haengt sich staendig auf -2.4
haengt staendig          -1.6
find ich schoen          2.4
finde ich schoen         2.4
ohne maengel             2.0
ohne ruecksicht          -2.0
ohne rueckmeldung        -2.0
geht nichts ueber        2.2
nichts geht ueber        2.2
keine maengel            2.0
enttaeuschende leistung  -2.4

# --- second round: quality and judgement
verblüffend              1.5
kitschig                 -1.0
# --- emotions and states
ausgelaugt               -1.8
euphorisch               2.5
gerührt                  1.8
ausgeruht                1.2
schock                   -1.8

# --- second round: words of news reports (conflict, crime, disaster, economy, honours). A report
# uses them without taking a side, so they get +-0.15: one alone leaves a headline neutral
# (compound under the 0.05 threshold), together with opinion words they tip the balance.
angegriffen              -0.15
affäre                   -0.15
einbrecher               -0.15
flut                     -0.15
dürre                    -0.15
waldbrand                -0.15
waldbrände               -0.15
festnahme                -0.15
anklage                  -0.15
haft                     -0.15
sanktionen               -0.15
protest                  -0.15
proteste                 -0.15
streik                   -0.15
schulden                 -0.15
defizit                  -0.15
kursrutsch               -0.15
rezession                -0.15
kostenexplosion          -0.15
spionage                 -0.15
abgehört                 -0.15
rücktritt                -0.15
rechtsbruch              -0.15
rechtsbrüche             -0.15
verstoß                  -0.15
feind                    -0.15
feinde                   -0.15
killer                   -0.15
insolvenz                -0.15
ausgrenzung              -0.15
kriminalisierung         -0.15
alarm                    -0.15
fehlermeldung            -0.15
nachzahlung              -0.15
durchbruch               0.15
rekord                   0.15
auszeichnung             0.15
geehrt                   0.15
ehrung                   0.15
jubiläum                 0.15
sonderangebot            0.15
# --- opinion words of public debate and everyday complaint
entrüstung               -1.5
hexenjagd                -1.5
größenwahn               -1.8
schlägerei               -1.2
schwindlig               -1.0
genesen                  1.2
genesung                 1.2
verregnet                -1.2
schmuddelwetter          -1.5
glatteis                 -0.8
gewitter                 -0.3
hagel                    -0.5
zugausfall               -1.5
lame                     -1.5
knaller                  1.8
burner                   1.5
blödi                    -1.5

# --- colloquial intensified forms, Austrian and Swiss words, verdicts of crowds and critics
sauteuer                 -2.0
schweineteuer            -2.2
sauschwer                -1.2
saukalt                  -1.2
arschkalt                -1.5
schweinekalt             -1.2
todlangweilig            -2.5
sterbenslangweilig       -2.5
stinkfaul                -1.5
mir wurscht              -0.8
mir wurst                -0.8
ultrageil                3.0
sackstark                2.5
übelst                   -1.0
leiwand                  2.2
oasch                    -2.2
gschissen                -2.0
grausig                  -2.2
grauslich                -2.2
schiach                  -1.8
deppert                  -2.0
patschert                -1.2
zach                     -1.0
epic                     2.0
toi toi toi              1.0
daumen drücken           0.8
juchhu                   2.0
heulsuse                 -1.5
gemecker                 -1.2
brechreiz                -2.0
iih                      -1.5
ihh                      -1.5
buhrufe                  -1.5
ausgebuht                -1.5
ausgepfiffen             -1.5
umjubelt                 1.8
standing ovations        2.2
beanstanden              -0.8
beanstandet              -0.8
rügen                    -0.8
gerügt                   -1.0
tadeln                   -0.8
getadelt                 -1.0
vorwerfen                -0.5
beschuldigen             -0.8
beschuldigt              -0.8
unterstellung            -1.2
diffamierung             -1.8
panikmache               -1.5
angstmacherei            -1.5
laber                    -1.0
gelaber                  -1.5
geschwafel               -1.5
schwafeln                -1.2
labern                   -1.0
durchgeknallt            -1.8
plemplem                 -1.5
gaga                     -1.2
meschugge                -1.5
balla balla              -1.5
einen vogel              -1.5
spinner                  -1.5
spinnst du               -1.8

# --- customer care, money and travel
kommt nicht an           -1.5
keine reaktion           -1.2
abgewiesen               -1.2
gutgeschrieben           0.8
zurückerstattet          1.0
kratzer                  -1.0
macken                   -1.2
netzausfall              -1.2
stromausfall             -1.0
serverausfall            -1.2
wartungsarbeiten         -0.15
kundenunfreundlich       -2.0
servicewüste             -2.2
im handumdrehen          1.0
zugverspätung            -1.2
schienenersatzverkehr    -0.15
umgeleitet               -0.5
staus                    -0.8
stockender verkehr       -0.8
brechend voll            -1.0
rappelvoll               -0.5
proppenvoll              -0.5
spottbillig              1.0
billigware               -1.2
schund                   -2.0
plunder                  -1.5
geneppt                  -2.0
über den tisch gezogen   -2.2
reingelegt               -1.8
reingefallen             -1.5
kostenfalle              -1.8
abofalle                 -2.0
mahngebühr               -1.0
rentiert sich            1.2
rentiert sich nicht      -1.2
# --- health, body and sleep
halsschmerzen            -1.5
rückenschmerzen          -1.5
muskelkater              -0.8
übermüdet                -1.5
schlaflos                -1.2
schlaflosigkeit          -1.5
kann nicht schlafen      -1.5
krankgeschrieben         -1.0
topfit                   2.0
kerngesund               1.8
motivation               0.5
verhungert               -1.0
pappsatt                 0.8
vollgefressen            -0.5
allergie                 -0.8
heuschnupfen             -1.2
mückenstiche             -1.0
# --- weather as people complain about it or enjoy it
hitzewelle               -0.5
bruthitze                -1.5
affenhitze               -1.2
knallheiß                -0.8
schwitzen                -0.8
schwitze                 -0.8
bitterkalt               -1.2
frieren                  -1.0
friere                   -1.0
erfroren                 -1.5
klatschnass              -1.2
pitschnass               -1.2
durchnässt               -1.2
dauerregen               -1.5
nieselregen              -0.8
traumwetter              2.2
kaiserwetter             2.0
bilderbuchwetter         2.0
blauer himmel            1.0
neblig                   -0.3
schneechaos              -1.5

# --- character and behaviour
angeberisch              -1.5
aufdringlich             -1.5
aufgeblasen              -1.5
ausgeleiert              -1.0
banal                    -1.0
bieder                   -0.8
borniert                 -1.8
engstirnig               -1.8
halbherzig               -1.2
intolerant               -1.8
kopflos                  -1.2
lasch                    -1.0
minderbemittelt          -2.0
miesepetrig              -1.5
nachtragend              -1.2
penetrant                -1.5
planlos                  -1.5
protzig                  -1.2
provokant                -0.5
sadistisch               -2.5
schleimig                -1.5
schnöde                  -1.0
sinnfrei                 -1.5
unbeholfen               -1.0
verklemmt                -1.0
vulgär                   -1.5
wehleidig                -1.2
weinerlich               -1.2
zynisch                  -1.2
charismatisch            1.8
couragiert               1.8
fantasievoll             1.5
feinsinnig               1.5
gescheit                 1.5
rücksichtsvoll           1.5
# --- verbs of judgement, feeling and failure (forms Snowball keeps apart)
abraten                  -1.2
abgeraten                -1.2
beneiden                 0.5
beneidet                 0.5
verachtet                -2.0
gratuliert               1.5
geflucht                 -1.0
aufgeben                 -1.0
aufgegeben               -1.0
durchhalten              0.5
durchgehalten            0.8
schockieren              -1.5
zweifeln                 -0.5
bezweifeln               -0.8
trösten                  0.5
getröstet                0.5
ermutigt                 1.2
geschadet                -1.2
kaputtgemacht            -1.5
verhunzen                -2.0
vermurksen               -2.0
verbocken                -1.8
verkacken                -2.0
versemmeln               -1.8
versemmelt               -1.8
verpeilen                -1.0
verplant                 -0.8
verchecken               -1.0
vergeigen                -1.8
verzocken                -1.2
verzockt                 -1.2

# --- more words of news reports at +-0.15 (police, courts, accidents, war, economy)
razzia                   -0.15
tatverdächtiger          -0.15
verhaftung               -0.15
haftstrafe               -0.15
geldstrafe               -0.15
vorbestraft              -0.15
angezeigt                -0.15
verklagt                 -0.15
polizeieinsatz           -0.15
großeinsatz              -0.15
evakuiert                -0.15
evakuierung              -0.15
opferzahl                -0.15
unfallopfer              -0.15
unfallflucht             -0.15
fahrerflucht             -0.15
zusammenstoß             -0.15
kollision                -0.15
entgleist                -0.15
notlandung               -0.15
brandstiftung            -0.15
großbrand                -0.15
bombendrohung            -0.15
geiselnahme              -0.15
geiseln                  -0.15
entführung               -0.15
messerangriff            -0.15
terroranschlag           -0.15
krawalle                 -0.15
ausschreitungen          -0.15
randale                  -0.15
aufstand                 -0.15
putsch                   -0.15
bürgerkrieg              -0.15
luftangriff              -0.15
luftangriffe             -0.15
bombardement             -0.15
beschuss                 -0.15
giftgas                  -0.15
chemiewaffen             -0.15
flüchtlingskrise         -0.15
eurokrise                -0.15
finanzkrise              -0.15
schuldenkrise            -0.15
staatspleite             -0.15
sparpaket                -0.15
sparkurs                 -0.15
kürzungen                -0.15
stellenabbau             -0.15
jobabbau                 -0.15
massenentlassungen       -0.15
kurzarbeit               -0.15
gewinnwarnung            -0.15
kurssturz                -0.15
talfahrt                 -0.15
verlustreich             -0.15
zerwürfnis               -0.15
eklat                    -0.15
affront                  -0.15
provokation              -0.15
ultimatum                -0.15
abhöraffäre              -0.15
datenskandal             -0.15
hackerangriff            -0.15
cyberangriff             -0.15
sicherheitslücke         -0.15
freispruch               0.15
freigesprochen           0.15
aufschwung               0.15
wachstum                 0.15
rekordhoch               0.15
rekordgewinn             0.15
gewinnsprung             0.15
kursplus                 0.15
knatsch                  -0.8

# --- chat action words (the bare stem, often between asterisks: *knuddel*, *kopfschüttel*)
knuddel                  1.5
knuddl                   1.5
knuddelt                 1.2
wegschmelz               1.5
schmelz                  1.0
grinz                    1.0
hüpf                     1.0
rumhüpf                  1.2
freudentanz              2.0
drückdich                1.5
zwinker                  0.5
grummel                  -1.0
kopfschüttel             -1.2
augenroll                -1.2
augenverdreh             -1.2
gähn                     -0.8
gääähn                   -1.0
bibber                   -0.8
schmoll                  -0.8
sabber                   0.8
# --- other gaps found by field
ungehorsam               -0.8
dilemma                  -0.8
passen nicht             -1.0
passt überhaupt nicht    -1.5
keine kraft              -1.0
kuul                     1.5

# --- chat spellings, pet names, insults and short verdicts
yess                     1.5
naiz                     1.5
kewl                     1.5
töfte                    1.8
bombastisch              2.8
süßi                     1.2
schnucki                 1.2
schatzi                  1.2
mausi                    1.0
scheis                   -2.0
verfickt                 -2.5
fresse                   -1.5
prolet                   -1.5
vollhonk                 -2.5
mongo                    -2.0
geht garnicht            -1.8
geht ja gar nicht        -1.8
nicht mein tag           -1.5
nun ja                   -0.3
lief nicht               -0.8
halb so wild             0.5
kein ding                0.8

# --- nouns of verdict: mess and farce, treat and stroke of luck
misere                   -1.5
schlamassel              -1.8
durcheinander            -0.8
farce                    -2.0
lachnummer               -2.0
armutszeugnis            -2.2
trauerspiel              -2.0
spott                    -1.0
bürde                    -1.0
augenweide               2.2
ohrenschmaus             2.2
gaumenfreude             2.2
leckerbissen             2.0
glücksgriff              2.2
lichtblick               1.5
hoffnungsschimmer        1.2
erfolgserlebnis          2.0
balsam                   1.5
höllisch                 -1.5
teuflisch                -1.5
existenzbedrohend        -1.5
barbarisch               -2.5
selbstlos                1.8
aufopferungsvoll         1.8

# --- orders, deliveries and appointments: what went wrong, what went right
verschwunden             -0.8
verwechselt              -1.0
vertauscht               -1.0
verirrt                  -0.8
zu spät                  -1.0
viel zu spät             -1.8
wieder zu spät           -1.8
jedes mal das gleiche    -1.2
alles erledigt           0.8
auf die minute           1.2
wie abgebildet           1.0
stimmt nicht             -0.8
zu klein                 -0.8
zu eng                   -0.8
zu wenig                 -0.5

# --- English words common in German posts ("gross" and "hell" are left out: they are German words)
lucky                    1.5
unlucky                  -1.5
terrible                 -2.5
horrible                 -2.5
winner                   1.5
dislike                  -1.5
not amused               -1.5
miss you                 1.0
congrats                 2.0
congratulations          2.0
merry christmas          1.5
never again              -2.0
scam                     -2.2
noob                     -1.2
yummy                    2.0
delicious                2.5
tasty                    2.0
disgusting               -2.5

# --- forms of "schön" that Snowball folds to "schon" (blocked with 0 above), so each is listed
schönem                  2.2
schönere                 2.2
schönerer                2.2
schöneren                2.2
schönerem                2.2
schöneres                2.2
schönsten                2.8
schönster                2.8
schönstes                2.8
schönstem                2.8
# --- inflected forms whose stem is a blocked neutral word (bittere -> bitte, einmalige -> einmal);
# exact entries win over the blocker
bittere                  -1.5
bitterem                 -1.5
bitteren                 -1.5
bitterer                 -1.5
bitteres                 -1.5
einmalige                2.0
einmaligem               2.0
einmaligen               2.0
einmaliger               2.0
einmaliges               2.0
malerische               2.0
malerischem              2.0
malerischen              2.0
malerischer              2.0
malerisches              2.0
meisterliche             2.6
meisterlichem            2.6
meisterlichen            2.6
meisterlicher            2.6
meisterliches            2.6
schwüle                  -1.0
schwülem                 -1.0
schwülen                 -1.0
schwüler                 -1.0
schwüles                 -1.0
weinerliche              -1.2
weinerlichem             -1.2
weinerlichen             -1.2
weinerlicher             -1.2
weinerliches             -1.2
bescheidene              -1.2
bescheidenem             -1.2
bescheidenen             -1.2
bescheidener             -1.2
bescheidenes             -1.2


[negators]
# "nicht" and the forms of "kein" negate what follows; German negates after the verb as well
# ("gefällt mir nicht"), which the expressions above cover.
nicht
nich
nischt
net
ned
kein
keine
keinen
keinem
keiner
keines
keins
nie
niemals
nimmer
nimmermehr
nichts
nix
niemand
niemanden
keinesfalls
keineswegs
mitnichten
weder
ohne
garnicht
gar nicht
überhaupt nicht
absolut nicht
auch nicht
noch nicht
nicht mehr
kaum


[negation-prefixes]
# "un" glued to adjectives: unfreundlich = un + freundlich. The rest must be at least 4
# characters so that "und", "uns", "unser", "unten" never split; words where the split
# misleads (unglaublich, unheimlich, unendlich, unbedingt) have their own entries.
un 4


[intensifiers]
sehr 0.293
so 0.2
total 0.293
totaal 0.293
voll 0.293
echt 0.293
wirklich 0.293
richtig 0.25
extrem 0.293
äußerst 0.293
ausserst 0.293
höchst 0.293
besonders 0.25
ganz besonders 0.293
absolut 0.293
völlig 0.293
vollkommen 0.293
komplett 0.293
gänzlich 0.293
durchaus 0.2
einfach 0.15
mega 0.293
ultra 0.293
hyper 0.293
sau 0.293
tierisch 0.293
irre 0.293
irrsinnig 0.293
wahnsinnig 0.293
unglaublich 0.293
unfassbar 0.293
unheimlich 0.293
ungemein 0.293
enorm 0.293
ungeheuer 0.293
außerordentlich 0.293
ausgesprochen 0.293
überaus 0.293
zutiefst 0.293
höchstgradig 0.293
ziemlich 0.15
derbe 0.293
mords 0.293
krass 0.293
übelst 0.293
uebelst 0.293
megamäßig 0.293
so richtig 0.293
zu 0.2
viel zu 0.293
allzu 0.25
am meisten 0.293
überhaupt 0.2
wirklich sehr 0.293
so sehr 0.293
dermaßen 0.293
derart 0.293
bisschen -0.293
ein bisschen -0.293
bissl -0.293
bissel -0.293
bisserl -0.293
etwas -0.25
ein wenig -0.293
wenig -0.25
etwas zu 0.1
eher -0.25
halbwegs -0.293
einigermaßen -0.293
relativ -0.25
vergleichsweise -0.2
ansatzweise -0.293
teilweise -0.25
zum teil -0.25
fast -0.2
beinahe -0.2
irgendwie -0.2
eigentlich -0.2
vielleicht -0.2
wohl -0.1
angeblich -0.25
mehr oder weniger -0.293
so halb -0.293
ganz 0.1


[contrast]
aber
jedoch
allerdings
dennoch
trotzdem
sondern
obwohl
wobei
andererseits
nichtsdestotrotz
nichtsdestoweniger


[settings]
# Where the keyboard has no umlauts people type ae oe ue, and ss for ß (as in Switzerland): every
# entry is also found in that spelling ("schoen", "enttaeuscht", "grossartig").
transliterate = ä:ae ö:oe ü:ue ß:ss

# Standard German does not stack negators, colloquial forms that do ("keiner hat nix gesagt")
# mean one negation, so concord is the safer reading.
double_negation = concord
negation_window = 3

# A negated negative word ("nicht schlecht", "ohne Kopfschmerzen", "kein Schwein") is at most
# mildly positive; the common idioms have their own entries.
negated_negative_scalar = -0.4
