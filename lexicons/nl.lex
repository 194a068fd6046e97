# earshot sentiment lexicon: Dutch (nl).
# Written by hand for the earshot project from knowledge of the language; no entry or value is
# taken from another sentiment list. Valence in [-4, +4]: +-0.5..1 mild, +-1.5..2.5 clear, +-3..4 strong.
# The Snowball Dutch stemmer folds -e/-en/-s and derivational endings (-lijk, -heid, -baar), so
# adjectives are listed once and words whose stem is a common neutral word get a 0 entry for that
# word. Dutch often negates after the verb ("werkt niet", "bevalt me niet"); expressions cover that.
@lang nl
@stemmer snowball:dutch

[valence]
# --- neutral blockers: stem collisions with sentiment words ---
heer 0
heren 0
eer 0.5
vriend 0.8
vrienden 0.8
zin 0
zorg -0.3
zorgen -0.5
wel 0
even 0
graag 0.8
ok 0.6
oke 0.6
oké 0.6
okay 0.6
okee 0.6
prima 2.0

ook 0
achter 0
hele 0
boot 0
mogelijk 0
overzicht 0
stellen 0
verstand 0.5
vrij 0
open 0
openlijk 0
voorbeeld 0
genoeg 0
inzetten 0
slapen 0
zeggen 0
zoon 0
naar 0
klas 0
reden 0
gereden 0
kan 0
ver 0
stel 0
zaak 0
zaken 0
duren 0
betalen 0
betaal 0
vier 0
slag 0
god 0
gaf 0
val 0
bal 0
zeg 0
kot 0
bos 0
ondanks 0

# --- positive adjectives and adverbs ---
goed 1.9
goede 1.9
heel goed 2.5
erg goed 2.5
beter 1.5
beste 2.6
het beste 2.6
uitstekend 3.0
voortreffelijk 3.1
uitmuntend 3.1
geweldig 3.0
fantastisch 3.2
fantastiese 3.0
fenomenaal 3.2
formidabel 2.8
grandioos 3.0
schitterend 3.0
prachtig 3.0
wonderschoon 3.1
wonderbaarlijk 2.6
wondermooi 3.1
magnifiek 3.0
subliem 3.1
briljant 3.0
sensationeel 3.0
spectaculair 2.5
indrukwekkend 2.4
imposant 2.0
overweldigend 2.3
adembenemend 3.0
verbluffend 2.7
onvergetelijk 2.7
uniek 2.0
bijzonder 1.5
uitzonderlijk 2.3
buitengewoon 2.4
opmerkelijk 1.3
bewonderenswaardig 2.4
lovenswaardig 2.1
prijzenswaardig 2.1
aanrader 2.6
een aanrader 2.8
echt een aanrader 3.0
aan te raden 2.4
aanbevolen 2.0
aanbevelenswaardig 2.4
mooi 2.1
mooie 2.1
mooier 2.1
mooiste 2.8
beeldschoon 3.0
knap 1.9
bloedmooi 3.0
hartstikke mooi 3.0
leuk 2.0
leuke 2.0
leuker 2.0
leukste 2.7
hartstikke leuk 2.8
superleuk 2.9
super leuk 2.9
reuzeleuk 2.8
lief 2.0
lieve 2.0
liefste 2.4
schattig 2.1
snoezig 2.1
zoet 1.4
aardig 1.6
vriendelijk 1.9
hartelijk 2.2
hartverwarmend 2.8
warm 0.8
gezellig 2.3
knus 1.8
sfeervol 2.0
sympathiek 2.0
beleefd 1.6
behulpzaam 2.1
attent 1.9
zorgzaam 2.0
geduldig 1.5
vakkundig 2.1
deskundig 1.8
professioneel 1.8
competent 1.9
betrouwbaar 2.0
degelijk 1.6
solide 1.4
stevig 0.8
sterk 1.4
krachtig 1.5
snel 1.1
vlot 1.5
razendsnel 1.9
supersnel 2.4
pijlsnel 2.0
efficiënt 1.6
effectief 1.5
soepel 1.6
probleemloos 2.0
zonder problemen 1.8
moeiteloos 1.8
makkelijk 1.0
gemakkelijk 1.0
eenvoudig 0.6
handig 1.6
praktisch 1.3
nuttig 1.6
waardevol 1.9
zinvol 1.5
nuttige 1.6
behulpzame 2.1
goedkoop 1.0
voordelig 1.5
betaalbaar 1.2
schappelijk 1.5
gunstig 1.4
eerlijk 1.5
oprecht 1.8
integer 1.6
rechtvaardig 1.6
terecht 1.0
fair 1.3
correct 1.2
juist 0.3
keurig 1.8
netjes 1.6
net 0
schoon 1.3
brandschoon 2.2
verzorgd 1.6
fris 1.2
vers 1.0
heerlijk 2.6
lekker 2.2
lekkere 2.2
overheerlijk 3.0
smakelijk 2.0
verrukkelijk 3.0
zalig 2.6
goddelijk 2.8
hemels 2.6
perfect 3.0
perfecte 3.0
ideaal 2.3
optimaal 2.0
uitstekende 3.0
voorbeeldig 2.4
vlekkeloos 2.5
foutloos 2.0
onberispelijk 2.5
tevreden 2.0
zeer tevreden 2.8
dik tevreden 2.8
dolblij 3.1
blij 2.2
blije 2.2
vrolijk 2.1
opgewekt 1.8
opgetogen 2.3
gelukkig 2.4
gelukkige 2.4
dolgelukkig 3.2
tevredener 2.0
dankbaar 2.3
trots 2.0
apetrots 2.8
supertrots 2.8
enthousiast 2.3
laaiend enthousiast 3.0
opgewonden 1.2
verheugd 2.2
verliefd 2.4
ontspannen 1.6
relaxed 1.5
rustig 0.8
kalm 0.8
veilig 1.1
geborgen 1.8
gezond 1.5
fit 1.4
uitgerust 1.2
fijn 2.0
fijne 2.0
fijnste 2.6
prettig 1.8
aangenaam 1.8
comfortabel 1.7
comfortabele 1.7
luxe 1.3
luxueus 1.6
chic 1.5
stijlvol 1.9
elegant 1.7
modern 0.5
vernieuwend 1.5
innovatief 1.5
creatief 1.6
origineel 1.6
slim 1.6
intelligent 1.6
wijs 1.5
verstandig 1.5
grappig 1.8
geestig 1.9
humoristisch 1.8
hilarisch 2.4
lachwekkend -0.8
amusant 1.7
vermakelijk 1.8
onderhoudend 1.7
boeiend 2.0
spannend 1.8
interessant 1.3
fascinerend 2.2
inspirerend 2.2
ontroerend 1.8
aangrijpend 1.2
meeslepend 2.2
sterk verhaal 1.8
sfeervolle 2.0
romantisch 1.6
levendig 1.3
krachtige 1.5
moedig 1.9
dapper 1.9
heldhaftig 2.3
stoer 1.4
cool 2.0
kei 1.0
keigoed 2.8
keileuk 2.8
vet 1.8
vette 1.8
gaaf 2.3
gave 1.5
tof 2.2
toffe 2.2
te gek 2.6
tegek 2.6
geil 1.8
chill 1.6
chille 1.6
nice 2.0
top 2.4
toppie 2.4
topper 2.5
topper! 2.5
super 2.7
supergoed 3.0
super goed 3.0
klasse 2.4
prachtwerk 2.8
fraai 2.0
sierlijk 1.6
knappe 1.9
beauty 1.8
toppertje 2.5
topdag 2.6
topavond 2.6
positief 1.5
optimistisch 1.6
hoopvol 1.7
veelbelovend 1.9
kansrijk 1.3
succesvol 2.1
geslaagd 2.2
gelukt 2.0
goed gelukt 2.4
geslaagde 2.2
winnend 1.5
sterke 1.4
genereus 2.1
gul 1.9
royaal 1.7
barmhartig 1.8
meelevend 1.7
begripvol 1.9
respectvol 1.8
tolerant 1.2
ruimdenkend 1.5
verantwoordelijk 0.3
verantwoord 1.0
duurzaam 1.0
groen 0
gratis 1.0
helder 0.8
duidelijk 0.8
overzichtelijk 1.4
gebruiksvriendelijk 1.8
klantvriendelijk 2.0
kindvriendelijk 1.2
milieuvriendelijk 1.1
diervriendelijk 1.2
eerlijke 1.5
hoogwaardig 1.9
kwalitatief 1.2
stabiel 1.2
waard 0.8
de moeite waard 2.3
meer dan de moeite waard 2.8
zeker de moeite waard 2.6
lonend 1.5
welverdiend 1.9
verdiend 1.0
belangrijk 0.5
essentieel 0.5
cruciaal 0.3
waardig 1.3
legendarisch 2.4
episch 2.2
iconisch 1.8
magisch 2.4
sprookjesachtig 2.5
idyllisch 2.2
schilderachtig 2.1
zonnig 1.3
heerlijke 2.6
zalige 2.6
gezonde 1.5
vredig 1.6
harmonieus 1.8
respect 1.8
# --- negative adjectives and adverbs ---
slecht -2.2
slechte -2.2
heel slecht -2.8
erg slecht -2.8
slechter -2.2
slechtst -3.0
slechtste -3.0
belabberd -2.4
beroerd -2.3
bagger -2.6
waardeloos -2.7
waardeloze -2.7
prut -2.3
ondermaats -2.4
abominabel -3.0
miserabel -2.8
erbarmelijk -2.8
armzalig -2.4
pover -1.9
matig -1.3
middelmatig -1.1
zwak -1.5
zwakke -1.5
teleurstellend -2.4
teleurgesteld -2.4
diep teleurgesteld -3.0
zwaar teleurgesteld -3.0
ontgoocheld -2.4
ontgoochelend -2.4
tegenvallend -1.9
tegenvaller -2.0
viel tegen -1.9
valt tegen -1.9
verschrikkelijk -2.9
vreselijk -2.9
afschuwelijk -3.0
afgrijselijk -3.1
gruwelijk -3.0
ijselijk -2.8
huiveringwekkend -2.8
verbijsterend -1.8
schokkend -2.5
geschokt -2.3
ontzet -2.3
onthutst -2.2
ontsteld -2.2
ontdaan -2.0
verdrietig -2.3
droevig -2.2
triest -2.2
treurig -2.2
intriest -3.0
doodzonde -2.4
zonde -1.6
jammer -1.6
heel jammer -2.2
erg jammer -2.2
helaas -1.1
spijtig -1.6
betreurenswaardig -2.2
ongelukkig -2.3
depressief -2.4
somber -1.8
neerslachtig -2.3
terneergeslagen -2.3
wanhopig -2.6
hopeloos -2.6
uitzichtloos -2.4
moedeloos -2.2
radeloos -2.3
hulpeloos -2.0
machteloos -1.9
eenzaam -2.0
alleen 0
verloren -1.5
kwijt -1.2
gefrustreerd -2.3
frustrerend -2.3
geïrriteerd -2.1
geirriteerd -2.1
irritant -2.2
ergerlijk -2.2
storend -1.6
vervelend -2.0
hinderlijk -1.7
lastig -1.3
boos -2.2
kwaad -2.2
woedend -2.8
razend -2.5
witheet -3.0
laaiend -2.3
nijdig -2.0
pissig -2.3
chagrijnig -2.0
humeurig -1.7
knorrig -1.7
geërgerd -2.0
geergerd -2.0
verontwaardigd -2.1
agressief -2.0
gewelddadig -2.6
brutaal -1.8
gemeen -2.1
vals -1.8
achterbaks -2.4
stiekem -1.2
gluiperig -2.3
oneerlijk -2.1
onrechtvaardig -2.3
onterecht -1.8
oneerlijke -2.1
leugenachtig -2.6
bedrieglijk -2.7
frauduleus -2.8
corrupt -2.6
crimineel -2.5
schandalig -2.8
schandelijk -2.7
beschamend -2.5
genant -2.0
gênant -2.0
pijnlijk -1.9
ongemakkelijk -1.4
beschaamd -1.8
onbeschoft -2.5
onbeleefd -2.2
grof -1.8
respectloos -2.3
arrogant -2.2
verwaand -2.0
hautain -2.0
neerbuigend -2.1
zelfingenomen -1.8
egoïstisch -2.0
egoistisch -2.0
hebberig -1.9
gierig -1.9
inhalig -2.0
onvriendelijk -2.2
bot -1.8
kortaf -1.6
nors -1.7
incompetent -2.6
onbekwaam -2.4
onkundig -2.2
amateuristisch -2.1
onprofessioneel -2.3
onbetrouwbaar -2.3
traag -1.6
sloom -1.8
langzaam -1.0
omslachtig -1.6
ingewikkeld -1.1
onduidelijk -1.4
verwarrend -1.4
onlogisch -1.6
zinloos -2.0
nutteloos -2.2
doelloos -1.6
overbodig -1.6
onnodig -1.6
onbruikbaar -2.5
ondeugdelijk -2.4
gebrekkig -2.1
onvoldoende -2.0
ontoereikend -1.9
beperkt -0.8
dom -2.2
dombo -2.4
dommig -1.8
stom -2.1
stomme -2.1
achterlijk -2.7
debiel -2.7
idioot -2.6
belachelijk -2.5
bespottelijk -2.5
absurd -1.9
krankzinnig -1.8
gestoord -2.3
ziek -1.6
zieke -1.6
doodziek -2.4
kapot -2.2
stuk 0
defect -2.3
beschadigd -2.2
gebroken -1.5
gescheurd -1.5
bekrast -1.6
lek -1.4
vies -2.2
smerig -2.4
goor -2.4
vuil -1.9
vunzig -2.3
ranzig -2.4
walgelijk -3.0
weerzinwekkend -3.0
misselijkmakend -2.9
misselijk -2.0
kotsmisselijk -2.8
stinkend -2.2
beschimmeld -2.4
bedorven -2.3
rot -2.0
verrot -2.4
oneetbaar -2.8
smakeloos -1.9
flauw -1.4
laf -1.8
lauw -1.0
koud -0.4
ijskoud -0.8
droog -0.5
taai -1.1
aangebrand -1.8
te duur -2.0
duur -0.8
prijzig -1.1
overprijsd -2.3
peperduur -2.0
woekerprijs -2.6
woekerprijzen -2.6
lelijk -2.3
foeilelijk -3.0
spuuglelijk -3.0
afzichtelijk -2.9
saai -2.0
oersaai -2.8
stomvervelend -2.8
slaapverwekkend -2.2
eentonig -1.5
langdradig -1.8
vermoeiend -1.5
vermoeid -1.3
moe -1.2
doodmoe -2.0
bekaf -1.6
uitgeput -1.8
gestrest -1.9
gestresst -1.9
overspannen -2.0
overwerkt -1.6
zenuwachtig -1.3
nerveus -1.3
bang -1.9
angstig -1.9
doodsbang -2.6
bezorgd -1.5
ongerust -1.6
zorgelijk -1.9
verontrustend -2.0
onrustig -1.3
onzeker -1.1
gevaarlijk -1.8
levensgevaarlijk -2.4
riskant -1.3
bedreigend -2.0
eng -1.6
griezelig -1.7
luguber -2.0
onheilspellend -2.0
rampzalig -3.0
catastrofaal -3.2
desastreus -3.0
dramatisch -2.0
tragisch -2.4
fataal -2.4
dodelijk -2.5
dood -1.8
overleden -2.0
gestorven -2.2
schadelijk -2.0
giftig -2.0
ongezond -1.5
kwalijk -2.0
laakbaar -2.2
verwerpelijk -2.6
onacceptabel -2.6
onaanvaardbaar -2.6
ontoelaatbaar -2.4
onaanvaardbare -2.6
ontoelaatbare -2.4
onverantwoord -2.4
onbegrijpelijk -1.8
onvoorstelbaar -0.8
onbeschrijfelijk 0.4
onverdraaglijk -2.7
ondraaglijk -2.7
onuitstaanbaar -2.6
onhoudbaar -1.9
onmogelijk -1.4
onwerkbaar -2.0
ongewenst -1.8
onwenselijk -1.8
onaangenaam -2.0
onprettig -1.9
onplezierig -1.9
onaardig -2.0
ontevreden -2.3
zeer ontevreden -2.9
ongeduldig -1.3
wantrouwig -1.4
verdacht -1.5
dubieus -1.9
twijfelachtig -1.4
vaag -1.0
schimmig -1.8
nep -2.0
fake -1.8
vervalst -2.0
illegaal -1.6
racistisch -2.8
discriminerend -2.6
seksistisch -2.6
homofoob -2.6
fascistisch -2.8
extremistisch -2.4
hatelijk -2.4
haatdragend -2.4
vijandig -2.2
kil -1.6
harteloos -2.4
kil en 0
ongevoelig -1.8
meedogenloos -2.5
wreed -1.8
bruut -2.2
hardvochtig -2.4
onmenselijk -3.0
mensonterend -3.0
hypocriet -2.4
schijnheilig -2.3
populistisch -1.5
naïef -1.2
naief -1.2
kinderachtig -1.6
onvolwassen -1.5
lui -1.6
slordig -1.8
nalatig -2.0
onzorgvuldig -1.9
rommelig -1.4
chaotisch -1.7
druk -0.6
hectisch -1.3
vol 0
overvol -1.6
lawaaierig -1.6
luidruchtig -1.4
ouderwets -0.8
verouderd -1.3
achterhaald -1.5
primitief -1.7
# --- verbs with their -t/-te forms and participles ---
houden van 2.2
hou van 2.4
hou van je 3.0
hou van jou 3.0
ik hou van 2.6
houdt van 2.2
hield van 2.0
ik hou van jullie 3.0
liefde 2.4
liefs 2.0
dol op 2.4
gek op 2.2
genieten 2.2
geniet 2.2
genoten 2.2
heb genoten 2.5
genot 2.0
waarderen 1.8
waardeer 1.9
waardeert 1.8
gewaardeerd 1.9
waardering 2.0
bewonderen 2.0
bewonder 2.1
bewondering 2.2
aanbevelen 2.0
aanraden 2.2
raad aan 2.0
raad ik aan 2.4
raad ik iedereen aan 2.8
kan ik aanraden 2.6
kan ik iedereen aanraden 2.8
zeker aan te raden 2.8
af te raden -2.6
afraden -2.4
raad af -2.4
raad ik af -2.6
raad het af -2.6
niet aan te raden -2.6
aanrader! 2.6
bedanken 1.9
bedank 1.9
bedankt 2.0
dank 1.6
dankje 2.0
dank je 2.0
dank je wel 2.3
dankjewel 2.3
dank u 2.0
dank u wel 2.3
dankuwel 2.3
heel erg bedankt 2.6
hartelijk dank 2.4
hartelijk bedankt 2.5
veel dank 2.3
dank voor 1.8
dank voor de snelle reactie 2.6
bedankt voor de snelle reactie 2.6
bedankt voor de snelle hulp 2.8
bedankt voor de hulp 2.4
dank voor de hulp 2.4
merci 1.8
thanks 1.8
thx 1.6
tnx 1.6
bedankt voor niks -2.6
bedankt voor niets -2.6
feliciteren 2.1
feliciteer 2.1
gefeliciteerd 2.5
hartelijk gefeliciteerd 2.8
van harte gefeliciteerd 2.8
proficiat 2.5
felicitaties 2.4
hulde 2.4
chapeau 2.4
petje af 2.5
bravo 2.6
goed bezig 2.2
goed zo 1.8
goed gedaan 2.4
lekker bezig 2.0
ga zo door 2.2
zo doorgaan 1.8
top gedaan 2.8
knap gedaan 2.6
mooi werk 2.5
goed werk 2.4
fijn werk 2.4
sterk werk 2.4
prachtig werk 2.8
lachen 1.5
lach 1.4
lacht 1.4
gelachen 1.6
glimlach 1.8
glimlachen 1.8
grijns 1.2
juichen 2.2
juicht 2.2
gejuich 2.2
feest 1.4
feestje 1.5
feesten 1.4
vieren 1.6
gevierd 1.6
winnen 1.8
wint 1.8
won 1.8
gewonnen 2.2
overwinning 2.2
zege 2.1
triomf 2.4
kampioen 2.2
slagen 1.6
lukken 1.2
lukt 1.3
helpen 0.8
helpt 1.3
geholpen 1.9
goed geholpen 2.5
snel geholpen 2.4
super geholpen 2.8
meteen geholpen 2.4
ondersteunen 1.2
steunen 1.3
steun 0.6
redden 1.5
gered 2.0
opgelost 1.8
verholpen 1.7
werkt 0.8
werkt prima 2.0
werkt perfect 2.6
werkt goed 2.0
werkt weer 1.6
bevalt 1.6
bevalt goed 2.2
bevalt prima 2.2
bevalt me 1.8
verbeteren 1.2
verbeterd 1.4
verbetering 1.3
vooruitgang 1.5
hopen 0.8
hoop 0.5
hoopt 0.8
gehoopt 0.3
wensen 0.8
wens 0.8
genieten van 2.2
knuffel 2.0
knuffels 2.0
dikke knuffel 2.6
kus 1.8
kusjes 2.0
dikke kus 2.4
xx 1.6
xxx 1.8
hartje 1.8
schat 1.6
schatje 1.8
lieverd 2.0
liefje 1.8
haten -2.8
haat -2.8
ik haat -3.0
gehaat -2.6
verafschuwen -3.0
walgen -2.8
walg -2.8
walgt -2.8
ergeren -2.0
erger -1.0
ergert -2.1
irriteren -2.0
irriteert -2.1
irritatie -2.1
ergernis -2.1
teleurstellen -2.2
teleurstelling -2.6
teleurstellingen -2.6
spijt -1.8
heb spijt -2.2
spijt van -2.2
betreuren -1.8
betreur -1.8
huilen -2.0
huil -2.0
huilt -2.0
gehuild -2.2
janken -2.0
jank -1.9
grienen -1.7
snotteren -1.5
lijden -2.0
lijdt -2.0
geleden 0
rouwen -2.1
rouw -2.1
klagen -1.5
klaag -1.5
klaagt -1.5
geklaagd -1.5
zeuren -1.5
zeurt -1.5
gezeur -1.7
zeurpiet -1.8
mopperen -1.4
klacht -1.8
klachten -1.8
een klacht -1.9
klacht ingediend -2.2
opzeggen -1.4
opgezegd -1.6
annuleren -1.2
geannuleerd -1.6
annulering -1.3
afgezegd -1.5
afgelast -1.5
oplichten -3.0
opgelicht -3.0
oplichter -3.0
oplichters -3.0
oplichterij -3.0
oplichting -3.0
zwendel -2.9
bedrog -2.9
bedriegen -2.8
bedrogen -2.8
bedrieger -2.9
fraude -2.6
scam -2.9
afzetten -1.0
afgezet -2.4
afzetterij -2.9
belazerd -2.6
belazeren -2.6
bestolen -2.4
stelen -2.3
gestolen -2.3
diefstal -2.2
dief -2.1
dieven -2.1
liegen -2.4
liegt -2.5
gelogen -2.5
leugen -2.5
leugens -2.5
leugenaar -2.8
leugenaars -2.8
misleiden -2.2
misleidend -2.3
misleid -2.3
falen -2.2
faalt -2.2
gefaald -2.3
faal -2.2
mislukt -2.3
mislukking -2.4
mislukkeling -2.6
verliezen -1.7
verliest -1.7
verloor -1.7
verlies -1.8
vergeten -1.1
vergeet -1.0
vergat -1.0
missen -1.2
mis -1.0
gemist -1.4
mist -1.2
kwijtgeraakt -1.8
zoekgeraakt -1.9
crasht -2.0
gecrasht -2.0
vastlopen -1.8
loopt vast -2.0
liep vast -2.0
doet het niet -2.2
doet het niet meer -2.4
deed het niet -2.0
werkt niet -2.3
werkt niet meer -2.5
werkt nog steeds niet -2.8
werkte niet -2.1
lukt niet -1.8
lukt het niet -1.8
laadt niet -1.9
start niet -2.0
reageert niet -2.0
geen reactie -2.2
nog geen reactie -2.3
nooit meer -2.4
nooit weer -2.4
nooit meer terug -2.6
voor het laatst -1.0
storen -1.4
stoort -1.5
hinderen -1.4
zorgen maken -1.4
maak me zorgen -1.8
maak me zorgen over -1.8
bang voor -1.6
vrezen -1.8
vrees -1.8
vreest -1.8
gevreesd -1.8
schrikken -1.7
geschrokken -1.9
schrok -1.8
beledigen -2.4
beledigd -2.2
beledigend -2.5
uitschelden -2.5
uitgescholden -2.5
schelden -2.0
vloeken -1.7
pesten -2.6
gepest -2.6
treiteren -2.5
bedreigen -2.2
bedreigd -2.2
bedreiging -2.3
bedreigingen -2.3
dreigen -1.8
dreigt -1.8
doden -3.0
gedood -3.0
vermoord -3.2
vermoorden -3.2
sterven -2.4
sterft -2.4
stierf -2.4
overlijden -2.0
overlijdt -2.0
verwonden -2.0
gewond -1.9
zwaargewond -2.5
verwoesten -2.6
verwoest -2.6
vernietigen -2.5
vernietigd -2.5
verpesten -2.4
verpest -2.4
verknallen -2.2
verknald -2.2
verkloot -2.5
verkloten -2.5
verneuken -2.8
verneukt -2.8
verprutst -2.2
verprutsen -2.2
negeren -1.6
negeert -1.7
genegeerd -1.8
afschepen -2.2
afgescheept -2.3
laten zitten -1.9
in de steek gelaten -2.5
wachten -0.5
wacht -0.5
wachtte -0.8
gewacht -1.2
lang gewacht -2.0
wacht nog steeds -2.4
wacht al -1.8
nog steeds niet -1.9
nog steeds geen -2.0
nog altijd niet -1.9
nog altijd geen -2.0
al weken -1.5
al dagen -1.3
al maanden -1.6
al uren -1.3
wachttijd -1.2
wachtrij -1.2
in de wacht -1.5
vertraging -1.8
vertragingen -1.8
vertraagd -1.7
te laat -1.6
veel te laat -2.3
storing -1.8
storingen -1.8
uitval -1.6
valt uit -1.6
panne -1.8
pech -1.7
probleem -1.2
problemen -1.3
fout -1.4
fouten -1.4
foutje -0.8
gebrek -1.4
gebreken -1.6
mankement -1.8
schade -1.6
klote -2.7
kloten -2.4
klotezooi -3.0
rotzooi -2.4
troep -2.3
bende -1.8
puinhoop -2.6
zooitje -2.2
janboel -2.2
chaos -1.8
ramp -2.8
drama -1.9
fiasco -2.7
debacle -2.7
blunder -2.2
flop -2.0
miskoop -2.4
zonde van het geld -2.6
zonde van je geld -2.6
weggegooid geld -2.7
geldverspilling -2.7
tijdverspilling -2.5
verspilling -2.0
oplichterspraktijken -3.0
schande -2.6
wat een schande -3.0
# --- positive nouns ---
vreugde 2.3
plezier 2.0
veel plezier 2.2
lol 1.4
pret 1.8
geluk 2.2
blijdschap 2.3
vrolijkheid 2.0
genoegen 1.8
succes 2.0
veel succes 2.2
succesje 1.8
succesverhaal 2.3
kracht 0.8
sterkte 1.2
veel sterkte 1.4
moed 1.4
vertrouwen 1.4
vriendschap 1.9
saamhorigheid 2.0
solidariteit 1.0
samenwerking 1.0
samen 0.4
eenheid 0.8
vrede 1.8
vrijheid 1.5
rust 1.0
gezondheid 1.5
welzijn 1.4
welvaart 1.2
zekerheid 0.8
veiligheid 0.8
perspectief 1.0
kans 0.6
kansen 0.8
oplossing 1.0
oplossingen 1.0
hulp 0.4
goed nieuws 2.4
mooi nieuws 2.4
fantastisch nieuws 3.0
geweldig nieuws 3.0
prachtig nieuws 3.0
leuk nieuws 2.2
topprestatie 2.8
prestatie 1.2
mijlpaal 1.8
doorbraak 1.8
held 2.0
helden 2.0
heldin 2.0
engel 1.8
meesterwerk 3.0
pareltje 2.4
parel 1.8
juweeltje 2.4
hoogtepunt 2.0
hoogtepunten 2.0
droom 1.6
dromen 1.2
droomdag 2.6
paradijs 2.4
feestdag 1.4
vakantie 1.2
weekend 0.6
fijn weekend 2.2
fijne dag 2.0
fijne avond 2.0
prettige dag 1.8
goedemorgen 0.9
goeiemorgen 0.9
goedenavond 0.6
welterusten 0.8
slaap lekker 1.2
smakelijk eten 1.3
eet smakelijk 1.3
prettig weekend 2.0
prettige feestdagen 2.4
fijne feestdagen 2.4
vrolijk kerstfeest 2.5
prettige kerstdagen 2.4
gelukkig nieuwjaar 2.5
beste wensen 2.2
fijne verjaardag 2.4
van harte 1.8
welkom 1.5
van harte welkom 2.2
hartelijk welkom 2.2
groetjes 1.3
kudos 2.2
compliment 2.0
complimenten 2.2
complimentje 2.0
lof 2.0
applaus 2.0
dankbaarheid 2.2
trots op 2.4
zo trots 2.6
ontzettend trots 3.0
# --- negative nouns ---
woede -2.4
boosheid -2.2
frustratie -2.2
verdriet -2.3
pijn -2.0
leed -2.2
ellende -2.5
narigheid -2.0
angst -2.0
paniek -2.2
schrik -1.8
horror -2.6
nachtmerrie -2.7
hel -2.4
marteling -2.8
depressie -2.2
eenzaamheid -2.0
verveling -1.7
stress -1.6
crisis -1.9
oorlog -2.6
terreur -3.0
terrorist -3.0
terroristen -3.0
aanslag -2.8
aanslagen -2.8
moord -3.0
moorden -3.0
moordenaar -3.0
doodslag -2.8
geweld -2.5
verkrachting -3.4
misbruik -2.9
aanval -1.9
overval -2.3
inbraak -2.0
misdaad -2.5
misdrijf -2.4
criminaliteit -2.2
criminelen -2.5
dader -1.6
daders -1.6
slachtoffer -1.6
slachtoffers -1.7
dode -2.4
sterfgevallen -2.2
ongeluk -2.2
ongeval -2.0
tragedie -2.7
gewonden -1.8
ziekte -1.7
ziektes -1.7
kanker -2.2
epidemie -2.0
honger -1.6
armoede -2.0
schandaal -2.4
corruptie -2.6
hypocrisie -2.4
racisme -2.8
racist -2.9
racisten -2.9
discriminatie -2.4
uitsluiting -2.0
onrecht -2.2
onrechtvaardigheid -2.3
ongelijkheid -1.6
nazi -2.8
nazi's -2.8
fascist -2.8
fascisten -2.8
schaamte -2.0
blamage -2.3
afgang -2.3
nederlaag -2.1
verliezer -2.0
faillissement -2.2
failliet -2.2
bankroet -2.2
ontslag -1.6
ontslagen -1.8
werkloosheid -1.9
werkloos -1.7
bezuinigingen -1.4
bezuiniging -1.3
kritiek -1.2
verwijt -1.4
ruzie -1.9
conflict -1.4
gedoe -1.6
gezeik -2.2
geklaag -1.6
gevaar -1.8
risico -0.9
waarschuwing -1.0
boete -1.5
straf -1.5
gevangenis -1.5
rechtszaak -1.0
aanklacht -1.3
arrestatie -1.3
gearresteerd -1.5
opgepakt -1.4
veroordeeld -1.6
schuldig -1.5
verdachte -1.2
explosie -2.0
brand -1.6
aardbeving -2.2
overstroming -2.0
storm -1.2
noodweer -1.8
regen -0.5
regent -0.7
rotweer -2.3
kutweer -2.6
hondenweer -2.0
kou -0.8
griep -1.6
verkouden -1.3
hoofdpijn -1.7
buikpijn -1.7
kiespijn -1.8
koorts -1.4
file -1.2
files -1.2
herrie -1.7
lawaai -1.6
stank -2.2
schimmel -2.0
ongedierte -2.2
kakkerlakken -2.4
# --- insults and vulgar words ---
idioten -2.6
sukkel -2.2
sukkels -2.2
eikel -2.6
eikels -2.6
klootzak -3.3
klootzakken -3.3
lul -2.2
lullig -2.0
hufter -3.0
hufters -3.0
etter -2.4
ettertje -2.2
rotzak -2.8
smeerlap -3.0
schoft -3.0
tyfuslijer -3.5
kankerlijer -3.6
mongool -3.0
randdebiel -3.2
mafkees -2.0
malloot -1.8
gek -1.0
gekken -1.4
halvegare -2.2
gestoorde -2.4
zielig -1.6
zielige -1.6
zielepoot -1.8
loser -2.0
losers -2.0
slet -3.0
hoer -3.0
kutwijf -3.4
trut -2.6
bitch -2.8
teringlijer -3.5
droplul -2.6
zakkenwasser -2.8
aso -2.5
asociaal -2.5
tokkie -2.0
klojo -2.4
oen -2.0
lapzwans -2.0
prutser -2.3
prutsers -2.3
kneus -2.0
nepnieuws -2.0
onzin -1.9
nonsens -1.9
flauwekul -1.8
gelul -2.3
geleuter -2.0
bullshit -2.6
larie -1.6
kletspraat -2.0
kul -1.7
bs -1.6
kut -2.7
kutzooi -3.0
shit -2.4
shitzooi -2.8
fuck -2.6
fucking -2.0
fck -2.4
wtf -2.0
godverdomme -2.8
verdomme -2.3
verdorie -1.8
potverdorie -1.8
potverdomme -2.3
jezus -0.8
getver -2.2
getverdemme -2.4
bah -2.0
jakkes -2.2
gadver -2.4
gadverdamme -2.5
kots -2.5
kotsen -2.4
braak -2.2
balen -2.2
baal -2.2
ik baal -2.4
shit zeg -2.6
pff -1.2
pfff -1.4
pffff -1.5
zucht -1.3
argh -1.9
grr -1.9
grrr -2.0
ugh -1.8
meh -1.2
mwah -0.8
mwa -0.8
tja -0.5
nou ja -0.5
ach ja -0.3
jammer joh -1.8
au -1.2
auw -1.4
oei -1.2
oeps -0.8
oh nee -1.8
o nee -1.8
ohnee -1.8
nee he -1.8
nee hè -1.8
helaas pindakaas -1.4
# --- prefix entries for Dutch compounds and word families ---
kut* -2.6
klote* -2.6
tyfus* -3.0
tering* -3.0
schandal* -2.8
teleurstel* -2.4
verschrikkelijk* -2.9
afschuwelijk* -3.0
walgelijk* -3.0
oplicht* -3.0
belachelijk* -2.5
fantastisch* 3.1
geweldig* 3.0
prachtig* 3.0
schitterend* 3.0
gefeliciteerd* 2.5
# --- idioms and multi-word expressions ---
geen zin -1.6
geen zin in -1.8
heb er zin in 1.8
zin in 1.2
heb zin in 1.4
geen idee -0.5
geen flauw idee -0.8
bevalt niet -1.9
bevalt me niet -2.0
bevalt me niks -2.2
vind ik niet leuk -2.0
vind ik niks -2.0
vind ik leuk 2.0
vind ik mooi 2.0
vind ik goed 1.8
vind het leuk 2.0
vind het niks -1.9
vond het niks -1.9
was niks -1.8
is niks -1.6
niks aan -1.8
er is niks aan -2.0
valt niks aan te doen -1.0
niet goed -1.8
niet zo goed -1.4
helemaal niet goed -2.4
niet leuk -1.8
helemaal niet leuk -2.3
niet oké -1.8
niet ok -1.8
niet normaal 0
niet te doen -2.0
niet te geloven -1.0
niet te vreten -2.6
niet te zuipen -2.4
niet te filmen -2.2
niet best -1.8
niet slecht 1.2
helemaal niet slecht 1.8
niet verkeerd 1.3
niet gek 1.0
niet mis 0.8
niet slecht voor 1.0
valt mee 1.0
viel mee 1.2
valt reuze mee 1.6
kan beter -1.2
kon beter -1.3
had beter gekund -1.6
moet beter -1.4
kan ermee door 0.4
gaat wel -0.4
het gaat wel -0.4
zo zo -0.6
soso -0.6
gaat goed 1.6
het gaat goed 1.8
gaat prima 1.8
gaat slecht -2.0
gaat niet goed -2.0
gaat mis -1.8
ging mis -1.8
is stuk -2.0
gaat stuk -1.8
ging stuk -2.0
kapot gegaan -2.3
stuk gegaan -2.2
kapotgegaan -2.3
beschadigd aangekomen -2.6
kapot aangekomen -2.6
niet aangekomen -2.2
nooit aangekomen -2.5
nog niet binnen -1.8
nog steeds niet binnen -2.4
niet geleverd -2.3
nooit geleverd -2.6
verkeerd geleverd -2.2
pakket kwijt -2.3
pakketje kwijt -2.3
snel geleverd 2.0
snelle levering 2.2
snel bezorgd 2.0
netjes bezorgd 1.8
keurig geleverd 2.0
goed verpakt 1.6
snelle reactie 2.0
snel gereageerd 1.9
snelle service 2.2
goede service 2.3
top service 2.6
slechte service -2.5
klantenservice is slecht -2.8
geld terug -1.4
mijn geld terug -2.0
wil mijn geld terug -2.6
geld teruggekregen 0.8
geen geld terug -2.4
niet bereikbaar -2.0
slecht bereikbaar -2.0
niemand bereikbaar -2.3
niemand neemt op -2.2
wordt niet opgenomen -2.2
nooit meer bestellen -2.8
kom nooit meer -2.6
blijf weg -2.0
niet doen -1.8
niet kopen -2.4
blijf er vanaf -2.2
handen af -1.6
kijk uit -1.0
wat jammer -2.0
wat zonde -2.0
wat een ramp -3.0
wat een drama -2.4
wat een gedoe -2.2
wat een onzin -2.4
wat een klucht -2.4
wat een schandaal -2.8
wat een puinhoop -2.8
wat een mooi 2.6
wat een mooie 2.6
wat een leuk 2.4
wat een leuke 2.4
wat een toppers 2.8
wat een topper 2.8
wat een feest 2.6
wat fijn 2.4
wat leuk 2.4
wat mooi 2.5
wat goed 2.4
wat lief 2.4
wat knap 2.4
wat gaaf 2.6
wat vet 2.4
wat erg -2.2
wat triest -2.4
wat een eikel -2.8
wat een sukkel -2.6
te gek voor woorden -1.6
onder de indruk 2.0
diep onder de indruk 2.4
in de wolken 2.6
in de zevende hemel 3.0
op rolletjes 2.0
loopt op rolletjes 2.2
als een zonnetje 2.0
een schot in de roos 2.4
in de roos 2.0
een pluim 2.2
pluim 1.8
dikke pluim 2.6
een dikke duim 2.4
duim omhoog 2.2
duimpje 1.6
vingers bij af te likken 2.8
smaakt naar meer 2.4
voor herhaling vatbaar 2.4
zeker voor herhaling vatbaar 2.6
met plezier 2.0
met veel plezier 2.4
met liefde 2.0
uit de grond van mijn hart 2.2
kippenvel 1.6
tranen in mijn ogen 0.5
door het dak 1.0
de pan uit 1.0
in de war -1.2
in de put -2.2
in de problemen -1.8
in de soep -2.2
liep in de soep -2.4
de mist in -2.0
ging de mist in -2.2
gaat de mist in -2.2
naar de knoppen -2.4
naar de klote -2.8
naar de kloten -2.8
naar de filistijnen -2.4
om te huilen -2.4
om te janken -2.4
om te kotsen -2.8
om van te kotsen -2.8
om moe van te worden -2.0
om gek van te worden -2.2
ik word er gek van -2.2
word er moe van -1.9
ben het zat -2.4
ik ben het zat -2.4
spuugzat -2.6
beu -2.0
het beu -2.2
ben het beu -2.4
schoon genoeg van -2.6
meer dan genoeg van -2.4
genoeg van -1.8
de buik vol -2.4
mijn buik vol -2.4
de keel uit -2.4
hangt me de keel uit -2.6
het gehad -1.6
helemaal klaar mee -2.2
klaar mee -1.8
ben er klaar mee -2.2
ik ben er klaar mee -2.2
op mijn zenuwen -2.3
op de zenuwen -2.2
werkt op mijn zenuwen -2.4
krijg de tering -3.4
krijg de klere -3.2
krijg de pest -3.0
rot op -2.8
flikker op -3.0
donder op -2.6
hou je bek -2.8
houd je bek -2.8
kop dicht -2.4
stik maar -2.8
val dood -3.2
loop naar de hel -3.0
de pot op -2.8
kan me niet schelen -0.8
maakt niet uit 0
het maakt niet uit 0
geeft niet 0.6
geen probleem 1.2
geen punt 1.0
graag gedaan 1.8
geen klachten 1.6
geen enkel probleem 1.6
niks mis mee 1.4
niets mis mee 1.4
niets op aan te merken 2.4
niks op aan te merken 2.4
alles prima 2.0
alles goed 1.6
alles in orde 1.4
alles top 2.6
dik in orde 2.4
helemaal top 2.8
helemaal goed 2.2
helemaal prima 2.2
echt top 2.8
echt goed 2.4
echt leuk 2.4
echt mooi 2.5
echt slecht -2.8
echt erg -2.3
echt jammer -2.2
super blij 3.0
heel blij 2.8
erg blij 2.8
zo blij 2.8
blij mee 2.4
blij verrast 2.6
aangenaam verrast 2.6
positief verrast 2.6
negatief verrast -2.2
onaangenaam verrast -2.2
in een goed blaadje 1.4
op prijs gesteld 2.0
stel het op prijs 2.0
wordt gewaardeerd 2.0
goed om te zien 1.8
goed om te horen 1.8
fijn om te horen 2.0
fijn om te zien 2.0
mooi om te zien 2.2
leuk om te zien 2.0
triest om te zien -2.2
erg om te zien -2.0
slecht nieuws -2.2
treurig nieuws -2.4
verdrietig nieuws -2.4
droevig nieuws -2.4
triest nieuws -2.4
rust zacht -1.8
rust in vrede -1.8
mijn condoleances -1.8
gecondoleerd -1.8
condoleances -1.7
innige deelneming -1.8
veel beterschap 0.3
beterschap 0.3
sterkte gewenst 0.8
gaat je goed 1.4
alle goeds 2.0
gaat lekker 1.8
lekker hoor 1.6
goed hoor 1.4
mooi zo 1.8
nou nou -0.6
ja hoor -0.6
tuurlijk 0.3
natuurlijk 0
zeker 0.2
absoluut 0
inderdaad 0.2
precies 0.3
daar heb je gelijk in 1.2
je hebt gelijk 1.0
gelijk 0
gelukkig wel 1.2
gelukkig niet 0.6
helaas wel -1.2
helaas niet -1.4
wat een pech -2.0
pech gehad -1.6
stom toevallig 0
stom genoeg -1.0
eindelijk 0.8
eindelijk weekend 2.2
eindelijk vakantie 2.4
hoera 2.5
hoezee 2.4
joepie 2.6
jippie 2.6
jeej 2.4
jeeej 2.6
yay 2.4
yes 1.6
jaaa 1.8
jaaaa 2.0
woehoe 2.6
woohoo 2.6
wauw 2.4
wow 2.2
woow 2.4
waauw 2.6
whaa 1.4
haha 1.6
hahaha 1.9
hahahaha 2.1
hihi 1.5
hihihi 1.7
hehe 1.4
hehehe 1.6
lool 1.6
xd 1.8
xdd 2.0
rofl 2.0
lmao 1.9
gierend 2.0
gieren 1.8
dubbel gelegen 2.2
lag dubbel 2.2
slap van het lachen 2.4
haha geweldig 3.0
love 2.4
happy 2.2
great 2.2
good 1.6
amazing 2.8
awesome 2.8
sad -2.0
fail -2.2
epic fail -2.8
facepalm -2.0
omg 0.3
fml -2.4
smh -1.6
hvj 2.6
ily 2.8
bff 1.8
mvg 0
gr 0
# --- more adjectives ---
aantrekkelijk 1.8
aanlokkelijk 1.6
aandoenlijk 1.7
aanstekelijk 1.6
aanvaardbaar 0.6
acceptabel 0.7
redelijk goed 1.4
behoorlijk goed 1.6
prima in orde 2.0
degelijke 1.6
doeltreffend 1.6
doordacht 1.7
weldoordacht 2.0
goed doordacht 2.0
evenwichtig 1.4
gebalanceerd 1.3
genuanceerd 1.2
ruimhartig 1.9
hartverscheurend -2.6
hartbrekend -2.5
ontroerd 1.6
geroerd 1.4
dankbare 2.3
gelukzalig 2.8
opgelucht 1.9
opluchting 1.9
gerustgesteld 1.5
geruststellend 1.6
bemoedigend 1.9
hoopgevend 1.9
motiverend 1.8
gemotiveerd 1.6
gedreven 1.6
toegewijd 1.8
betrokken 1.2
bevlogen 2.0
gepassioneerd 1.9
energiek 1.6
sportief 1.3
gezellige 2.3
feestelijk 2.0
uitbundig 1.9
kleurrijk 1.4
smaakvol 2.0
verfijnd 1.9
lekkerste 2.8
beste ooit 3.2
mooiste ooit 3.2
leukste ooit 3.0
slechtste ooit -3.3
ergste ooit -3.2
verrassend 1.3
verrassend goed 2.5
verrast 1.0
onverwacht 0
onverwacht goed 2.3
veelzijdig 1.4
functioneel 1.0
gebruiksvriendelijke 1.8
intuïtief 1.4
stil 0
stille 0
geruisloos 1.2
zuinig 1.0
energiezuinig 1.1
stevige 0.8
duurzame 1.0
onverwoestbaar 2.0
robuust 1.4
verzorgde 1.6
schone 0.6
opgeruimd 1.3
keurige 1.8
stipt 1.5
punctueel 1.5
op tijd 1.4
precies op tijd 1.8
klantgericht 1.7
servicegericht 1.7
oplossingsgericht 1.6
coulant 1.8
flexibel 1.3
bereikbaar 0.8
toegankelijk 1.0
transparant 1.0
eerlijk gezegd 0
vriendelijke 1.9
hulpvaardig 2.0
gastvrij 2.2
gastvrijheid 2.2
welwillend 1.5
zorgvuldig 1.6
nauwkeurig 1.3
grondig 1.3
ijverig 1.5
hardwerkend 1.7
vlijtig 1.4
trouw 1.6
loyaal 1.6
eerbaar 1.5
nobel 1.8
edel 1.6
deugdzaam 1.5
fatsoenlijk 1.4
zedig 0.5
bescheiden 0.8
nederig 0.5
wijze 1.5
geniaal 2.9
briljante 3.0
scherp 0.8
ad rem 1.6
snugger 1.4
pienter 1.6
getalenteerd 2.0
talentvol 2.0
begaafd 1.9
sterren 0.8
sterk optreden 2.0
overtuigend 1.9
overtuigd 1.3
zelfverzekerd 1.4
standvastig 1.4
krachtig optreden 1.8
daadkrachtig 1.8
doortastend 1.6
adequaat 1.2
passend 0.9
geschikt 0.9
bruikbaar 1.1
waardevolle 1.9
leerzaam 1.8
informatief 1.4
verhelderend 1.6
verfrissend 1.9
vernieuwende 1.5
baanbrekend 2.2
historisch 0.8
memorabel 2.0
gedenkwaardig 1.9
bijzondere 1.5
speciaal 1.2
exclusief 1.0
populair 1.1
geliefd 2.0
bekend 0
beroemd 0.8
gerenommeerd 1.5
gewaardeerde 1.9
vermaard 1.5
sympathieke 2.0
innemend 1.8
charmant 2.0
beminnelijk 2.0
vertederend 2.0
hartelijke 2.2
warme 1.0
lieflijk 1.8
bekoorlijk 1.8
verleidelijk 1.4
sexy 1.8
hot 1.0
heet 0
knapperig 1.4
krokant 1.4
mals 1.6
sappig 1.3
romig 1.3
vers gebakken 1.5
huisgemaakt 1.2
ambachtelijk 1.2
voedzaam 1.0
smaakt goed 2.2
smaakt heerlijk 2.8
smaakt naar niks -2.0
smaakt niet -1.9
lekker weer 2.0
heerlijk weer 2.6
mooi weer 2.2
zonnetje 1.6
zon 0.6
# --- more negative adjectives ---
armoedig -1.8
bedroevend -2.4
bedroefd -2.2
ontstemd -1.8
geagiteerd -1.6
overstuur -2.0
radeloze -2.3
wanhoop -2.6
verbitterd -2.0
bitter -1.5
zuur -1.3
cynisch -1.4
sarcastisch -1.0
pessimistisch -1.5
negatief -1.5
defaitistisch -1.6
pijnlijke -1.9
kwetsend -2.4
gekwetst -2.2
vernederend -2.6
vernederd -2.5
gekrenkt -2.0
beledigende -2.5
grievend -2.4
denigrerend -2.4
kleinerend -2.2
minachtend -2.3
hooghartig -2.0
betweterig -1.8
eigenwijs -1.0
koppig -1.4
lastige -1.3
moeilijke -1.0
moeilijk -1.0
zwaar -0.6
zware -0.8
ingrijpend -0.8
pittig 0.3
heftig -1.2
hevig -1.0
ernstig -1.6
ernstige -1.6
zorgwekkend -2.0
alarmerend -2.1
verontrustende -2.0
schrijnend -2.3
schrijnende -2.3
ellendig -2.4
beroerde -2.3
rottig -2.0
kutte -2.6
kloterig -2.4
shitty -2.4
lullige -2.0
knullig -1.7
stuntelig -1.6
onhandig -1.4
dommige -1.8
naïeve -1.2
dwaas -1.8
onverstandig -1.8
onredelijk -1.9
onzinnig -2.0
zinloze -2.0
overdreven -1.3
overbodige -1.6
ongepast -1.8
misplaatst -1.8
ongehoord -2.2
schandalige -2.8
stuitend -2.5
tenenkrommend -2.4
plaatsvervangende schaamte -2.2
zielloos -1.8
inspiratieloos -1.8
fantasieloos -1.7
kleurloos -1.4
grijs 0
saaie -2.0
suf -1.6
duf -1.6
slaperig -1.0
lusteloos -1.6
futloos -1.6
krachteloos -1.6
slap -1.4
slappe -1.4
zwakjes -1.3
magertjes -1.5
mager -0.8
schraal -1.5
karig -1.5
krap -1.0
schamel -1.6
luizig -1.5
prutswerk -2.5
knoeiwerk -2.4
broddelwerk -2.4
beunhaas -2.4
beunhazen -2.4
cowboys -1.6
amateurs -1.8
oplichtersbende -3.0
zooi -2.0
puinhopen -2.6
vuilnis -1.8
afval -1.0
vuiligheid -2.0
viezigheid -2.0
smerige -2.4
stinkt -2.2
stonk -2.0
stinken -2.0
mufte -1.8
muf -1.8
beschimmelde -2.4
kapotte -2.2
gebarsten -1.6
gekraakt -1.5
gedeukt -1.6
versleten -1.4
afgetrapt -1.5
aftands -1.6
gammel -1.8
wankel -1.4
instabiel -1.5
onveilige -1.5
gevaarlijke -1.8
schadelijke -2.0
giftige -2.0
besmet -1.6
besmettelijk -1.4
ziekmakend -2.2
dodelijke -2.5
fatale -2.4
tragische -2.4
droevige -2.2
trieste -2.2
treurige -2.2
verdrietige -2.3
eenzame -2.0
bange -1.9
angstige -1.9
boze -2.2
kwade -2.2
woedende -2.8
gefrustreerde -2.3
teleurgestelde -2.4
teleurstellende -2.4
ontevreden klanten -2.4
trage -1.6
slome -1.8
dure -1.1
prijzige -1.1
lelijke -2.3
vieze -2.2
stomste -2.6
domste -2.6
ergste -3.0
erger dan -1.8
nog erger -2.4
steeds erger -2.2
alleen maar erger -2.4
zo erg -2.0
heel erg -2.2
erg genoeg -1.8
# --- more verbs ---
boeit 1.2
boeit me niet -1.0
interesseert me niet -1.0
kan me niks schelen -1.0
schelen 0
bekoren 1.4
bekoorde 1.4
charmeren 1.4
verrassen 1.2
verraste 1.2
verblijden 2.0
verblijd 2.0
opvrolijken 1.8
opgevrolijkt 1.8
oppeppen 1.5
inspireren 1.8
inspireert 1.9
geïnspireerd 1.9
motiveren 1.4
stimuleren 1.0
aanmoedigen 1.5
aangemoedigd 1.5
prijzen 0
geprezen 1.9
loven 1.8
looft 1.8
geloofd 0
bejubeld 2.2
toejuichen 1.9
juich 2.0
verwennen 1.7
verwend 1.2
belonen 1.6
beloond 1.8
beloning 1.6
slaagt 1.6
slaagde 1.6
overwinnen 1.6
overwonnen 1.6
triomferen 2.2
zegeviert 2.2
excelleren 2.2
uitblinken 2.2
blinkt uit 2.4
schittert 2.2
straalt 1.6
stralen 1.6
stralend 2.2
bloeit 1.6
bloeien 1.6
groeit 0.6
verbetert 1.3
herstelt 1.2
hersteld 1.4
herstel 0.8
opgeknapt 1.4
vooruit 0.6
genezen 1.6
beter worden 1.2
doorzetten 1.2
volhouden 0.8
koesteren 1.8
gekoesterd 1.8
knuffelen 2.0
omhelzen 1.8
omhelzing 1.8
zoenen 1.8
vrijen 1.4
trouwen 1.8
getrouwd 1.4
bruiloft 1.8
verloofd 2.2
zwanger 1.4
geboren 1.4
geboorte 1.6
baby 0.8
verjaardag 1.0
jarig 1.2
hoera jarig 2.4
treurt -2.0
rouwt -2.0
betreurt -1.8
huilde -2.0
jankte -1.9
snikken -2.0
lijdend -1.8
kwelling -2.6
kwellen -2.4
gekweld -2.4
martelen -2.8
gemarteld -2.8
mishandelen -2.8
mishandeld -2.8
mishandeling -2.8
misbruikt -2.9
uitbuiten -2.5
uitgebuit -2.6
uitbuiting -2.6
onderdrukken -2.2
onderdrukt -2.2
onderdrukking -2.4
discrimineren -2.6
gediscrimineerd -2.6
buitensluiten -2.0
buitengesloten -2.1
verraden -2.5
verraad -2.6
verrader -2.6
gefopt -1.8
foppen -1.5
bespotten -2.0
bespot -2.0
uitlachen -2.0
uitgelachen -2.1
kleineren -2.2
vernederen -2.5
intimideren -2.4
geïntimideerd -2.4
intimidatie -2.4
chanteren -2.6
chantage -2.6
afpersen -2.7
afpersing -2.7
omkopen -2.5
omkoping -2.5
sjoemelen -2.4
gesjoemel -2.4
frauderen -2.6
verduisteren -2.4
verspillen -1.9
verspild -1.9
verkwisten -2.0
weggegooid -1.6
beschadigen -2.0
slopen -1.6
gesloopt -1.8
afbreken -1.2
afgebroken -1.2
kapotmaken -2.2
kapotgemaakt -2.3
verzieken -2.4
verziekt -2.4
vergallen -2.3
bederven -2.2
bederft -2.2
verknoeien -2.2
verknoeid -2.2
falende -2.2
faalde -2.2
mislukken -2.2
mislukte -2.3
tegenvallen -1.8
tegengevallen -1.9
teleurstelde -2.4
ontgoochelen -2.2
frustreren -2.1
frustreert -2.2
irriteerde -2.0
ergerde -2.0
stoorde -1.5
hinderde -1.4
benauwen -1.6
benauwd -1.6
bang maken -1.8
angst aanjagen -2.0
schrik aanjagen -2.0
bedreigde -2.2
bedreigt -2.2
aanvallen -1.9
aangevallen -2.1
mishandelde -2.8
neergestoken -2.8
neergeschoten -2.9
doodgeschoten -3.1
omgekomen -2.8
omgebracht -3.0
verdronken -2.6
verongelukt -2.6
dodelijk ongeluk -3.0
gesneuveld -2.6
vermist -1.8
ontvoerd -2.6
ontvoering -2.6
gijzeling -2.6
beroofd -2.4
beroving -2.3
ingebroken -2.0
gejat -2.2
jatten -2.0
vernield -2.2
vernieling -2.1
vandalisme -2.2
rellen -2.2
relschoppers -2.4
ongeregeldheden -1.8
plunderen -2.4
geplunderd -2.4
# --- customer care ---
klantenservice 0
klantendienst 0
helpdesk 0
reactie 0
terugbetaling -0.3
terugbetaald 0.6
restitutie -0.3
compensatie 0.2
vergoeding 0.3
schadevergoeding -0.6
retour -0.4
retourneren -0.6
teruggestuurd -0.8
omruilen -0.4
garantie 0.3
onder garantie 0.3
geen garantie -1.6
buiten garantie -1.2
reparatie -0.6
gerepareerd 1.0
vervangen 0
vervanging 0
klantonvriendelijk -2.4
klantvriendelijkheid 2.0
bereikbaarheid 0
wachttijden -1.4
in de wachtrij -1.5
in de wacht gezet -2.0
uren in de wacht -2.4
lang in de wacht -2.2
van het kastje naar de muur -2.6
kastje naar de muur -2.6
doorverbonden -0.8
doorgestuurd -0.6
afgewimpeld -2.0
geen antwoord -2.0
nog geen antwoord -2.2
nooit antwoord -2.4
niemand reageert -2.2
reageren jullie nog -1.8
wanneer krijg ik -1.2
waar blijft -1.6
waar blijft mijn -1.8
waar is mijn -1.4
nog steeds niks -2.3
nog steeds niets -2.3
nog niks gehoord -2.0
niks meer gehoord -2.0
niets meer gehoord -2.0
beloofd 0
beloofde 0
loze belofte -2.2
loze beloftes -2.2
gebroken belofte -2.2
beloftes niet nakomen -2.4
niet nagekomen -2.2
afspraak niet nagekomen -2.4
te veel betaald -2.2
teveel betaald -2.2
te veel gerekend -2.2
dubbel afgeschreven -2.4
dubbel betaald -2.2
onterecht afgeschreven -2.4
verborgen kosten -2.3
extra kosten -1.3
kosten -0.3
prijsverhoging -1.7
duurder -1.0
goedkoper 0.8
korting 1.0
aanbieding 0.8
gratis verzending 1.2
snelle bezorging 2.2
bezorging 0
bezorger 0
pakketbezorger 0
levering 0
vertraagde levering -2.0
te laat geleverd -2.2
te laat bezorgd -2.2
niet thuis bezorgd -1.8
verkeerde bestelling -2.2
verkeerd artikel -2.0
verkeerd pakket -2.0
ontbreekt -1.4
ontbrekend -1.4
onvolledig -1.6
incompleet -1.6
beschadigde -2.2
kapotte verpakking -1.8
storing verholpen 1.4
probleem opgelost 2.0
probleem verholpen 2.0
snel opgelost 2.4
netjes opgelost 2.4
goed opgelost 2.2
super service 2.8
topservice 2.6
uitstekende service 3.0
aanrader voor iedereen 2.8
blije klant 2.4
tevreden klant 2.3
trouwe klant 0.8
ontevreden klant -2.4
boze klant -2.2
zeer slecht -2.8
zeer goed 2.6
zeer blij 2.8
zeer teleurgesteld -2.9
heel teleurgesteld -2.9
erg teleurgesteld -2.9
enorm teleurgesteld -3.0
heel tevreden 2.8
erg tevreden 2.8
zeer vriendelijk 2.4
heel vriendelijk 2.4
erg vriendelijk 2.4
super vriendelijk 2.6
opzeggen lukt niet -2.4
abonnement opgezegd -1.2
# --- social media, slang and chat spellings ---
vet goed 2.6
vet mooi 2.6
vet cool 2.6
kapot goed 2.8
kapot mooi 2.8
kapot leuk 2.8
mooi man 2.2
nice man 2.2
lekker man 2.0
lekkerrr 2.2
lekkerr 2.2
leukk 2.0
mooiii 2.4
jammerrr -1.8
gezelligg 2.3
gezellie 2.2
hartstikke bedankt 2.6
bedankttt 2.2
dankjeweltjes 2.4
dankjewelll 2.4
merciii 2.0
toppie! 2.4
topppp 2.6
toppp 2.6
tof man 2.2
chill man 1.8
chillen 1.4
relaxen 1.4
sick 1.0
insane 1.0
lit 1.8
zalig man 2.6
keimooi 2.8
keitof 2.8
keivet 2.8
superblij 3.0
supermooi 2.9
supergaaf 2.9
supervet 2.8
superfijn 2.8
superlekker 2.8
superslecht -2.9
supersaai -2.8
megaleuk 2.9
megagaaf 2.9
mega blij 3.0
loeihard 0.5
oerlelijk -2.9
vreselijk slecht -3.0
verschrikkelijk slecht -3.0
kutding -2.8
kutleven -3.0
kutdag -2.8
klotedag -2.8
rotdag -2.4
rotweek -2.4
rotjaar -2.4
rotding -2.4
rotkinderen -2.4
rotleven -2.6
pokkeweer -2.4
pokke -2.2
pokken -2.0
tyfus -3.0
tering -2.8
teringzooi -3.2
kolere -2.8
klere -2.6
kankerzooi -3.4
godsamme -2.2
jeetje -0.5
jemig -0.6
jeminee -0.8
goh 0
hè 0
he 0
nou 0
ach 0
oh 0
hmm 0
hm 0
huh 0
pfft -1.2
tsss -1.2
tss -1.0
bwah -0.8
boeien -0.5
boeie -0.8
mwoah -0.6
ieuw -2.0
iew -2.0
bleh -1.6
blegh -1.8
hatsee 0.5
hatseflats 0.5
jawel 0.2
jazeker 0.4
jahoor 0.2
nee joh -0.4
echt wel 0.3
zeker weten 0.8
whahaha 2.0
hahah 1.6
ha ha 1.2
hahahah 1.9
hihihihi 1.8
muhaha 1.4
# --- more nouns ---
succesvolle 2.1
overwinningen 2.2
winst 1.2
groei 0.6
herstelplan 0
vooruitzicht 0.5
toekomst 0.3
mogelijkheden 0.6
bijdrage 0.5
inzet 0.6
toewijding 1.8
betrokkenheid 1.2
doorzettingsvermogen 1.8
veerkracht 1.8
lef 1.6
heldendaad 2.4
prestaties 1.3
topprestaties 2.8
kwaliteit 1.0
topkwaliteit 2.6
vakmanschap 2.2
deskundigheid 1.6
expertise 1.0
eerlijkheid 1.8
openheid 1.3
transparantie 1.0
rechtvaardigheid 1.6
gerechtigheid 1.6
gelijkwaardigheid 1.2
menselijkheid 1.8
mededogen 1.8
medeleven 1.6
compassie 1.8
empathie 1.6
begrip 1.2
geduld 1.2
humor 1.4
plezierig 1.8
vermaak 1.5
ontspanning 1.6
gezelligheid 2.2
vriendschappen 1.9
liefdevol 2.4
liefdevolle 2.4
troost 1.2
troosten 1.2
getroost 1.2
warmte 1.4
zegen 2.0
wonder 1.8
wonderen 1.8
mirakel 2.0
cadeau 1.4
cadeautje 1.6
verrassing 1.3
traktatie 1.6
beloningen 1.6
bonus 1.0
aanwinst 1.8
verrijking 1.8
verademing 2.0
uitkomst 1.2
redding 1.6
lichtpuntje 1.8
zonnestraaltje 2.0
schatten 0
# --- more negative nouns ---
teleurstellende resultaten -2.2
probleemgeval -1.6
knelpunt -1.4
knelpunten -1.4
zorgpunt -1.4
zorgpunten -1.4
achterstand -1.3
achterstanden -1.3
tekort -1.4
tekorten -1.4
gebrek aan -1.5
wantrouwen -1.8
onvrede -1.9
onbegrip -1.6
onzekerheid -1.5
ongerustheid -1.6
bezorgdheid -1.4
twijfel -1.0
twijfels -1.1
ophef -1.4
commotie -1.4
rel -1.8
relletje -1.5
heisa -1.6
soap -1.2
klucht -2.0
poppenkast -2.2
schertsvertoning -2.4
puinzooi -2.6
wanorde -1.8
wanbeleid -2.6
wangedrag -2.4
misstand -2.3
misstanden -2.3
misser -1.8
missers -1.8
flater -2.0
uitglijder -1.8
dieptepunt -2.6
dieptepunten -2.4
absolute dieptepunt -3.0
dramatische -2.0
rampen -2.6
rampspoed -2.6
noodtoestand -2.0
noodsituatie -1.8
ellendige -2.4
beroerdheid -2.0
ongemak -1.4
overlast -2.0
hinder -1.4
irritaties -2.0
ergernissen -2.1
klaagzang -1.6
scheldpartij -2.4
scheldwoorden -2.2
haatzaaien -2.8
haatberichten -2.8
hetze -2.4
heksenjacht -2.6
zwartmakerij -2.4
laster -2.3
smaad -2.3
leugenachtige -2.6
desinformatie -2.2
propaganda -1.8
manipulatie -2.2
gemanipuleerd -2.2
indoctrinatie -2.2
censuur -1.8
dictatuur -2.4
dictator -2.4
onderdrukker -2.4
uitzichtloosheid -2.4
armoedeval -1.8
schulden -1.5
schuld -1.2
wanbetaler -1.8
deurwaarder -1.8
incassobureau -1.9
aanmaning -1.6
boetes -1.5
straffen -1.4
dreigement -2.0
ultimatum -1.2
sancties -1.2
# --- laughter, English loans ---
haha* 1.7
ahaha* 1.8
hihi* 1.6
hehe* 1.5
damn -1.5
hate -2.5
bad -1.8
sucks -2.2
worst -3.0
boring -2.0
weird -0.8
creepy -1.6
ugly -2.2
stupid -2.2
annoying -2.1
best 2.0
cute 2.0
sweet 1.8
funny 1.6
excited 2.2
proud 2.0
thankful 2.2
grateful 2.2
enjoy 1.8
fantastic 3.0
brilliant 2.8
# --- evaluative words of public debate ---
onthutsend -2.2
stuitende -2.5
onverteerbaar -2.6
ontluisterend -2.4
verbijsterende -2.0
beschamende -2.5
treurige vertoning -2.6
kwalijke -2.0
zorgelijke -1.9
ernstige zorgen -2.0
grote zorgen -2.0
zorgen over -1.2
onbegrijpelijke -1.8
onacceptabele -2.6
onverantwoorde -2.4
onwettig -1.8
ongrondwettelijk -1.8
ondemocratisch -2.0
onverstandige -1.8
onhandige -1.4
onzorgvuldige -1.9
onfatsoenlijk -2.2
onbehoorlijk -2.0
onethisch -2.2
immoreel -2.3
asociale -2.5
egoïstische -2.0
cynische -1.4
hypocriete -2.4
arrogante -2.2
respectloze -2.3
gewetenloos -2.6
schaamteloos -2.6
schandelijke -2.7
weerzinwekkende -3.0
verwerpelijke -2.6
verderfelijk -2.4
funest -2.4
nefast -2.4
desastreuze -3.0
catastrofale -3.2
rampzalige -3.0
dramatisch slecht -3.0
slecht beleid -2.2
falend beleid -2.6
wanbestuur -2.6
mismanagement -2.4
gefaald beleid -2.6
broodnodig 0.6
hard nodig 0.2
goede zaak 1.8
een goede zaak 1.8
goede stap 1.8
belangrijke stap 1.6
stap vooruit 1.8
een stap vooruit 1.8
stap in de goede richting 2.0
in de goede richting 1.6
goede richting 1.5
terechte 1.0
verstandige 1.5
moedige 1.9
waardevolle bijdrage 2.2
mooie stap 2.2
mooi resultaat 2.4
goed resultaat 2.2
uitstekend resultaat 3.0
geweldige prestatie 3.0
sterke prestatie 2.4
trots op jullie 2.8
trots op ons 2.6
dank aan 1.8
dank aan iedereen 2.2
dank aan alle 2.2
veel dank aan 2.4
hulde aan 2.6
respect voor 1.8
veel respect 2.2
alle respect 2.2
diep respect 2.4
ben blij 2.4
zijn blij 2.4
bizar -1.4
bizarre -1.4
raar -1.0
rare -1.0
vreemd -0.6
apart 0
merkwaardig -0.6
curieus -0.4
wonderlijk 0.5
# --- more verbs and forms ---
bevallen 1.4
beviel 1.6
bevielen 1.6
verheugen 2.0
verheug 2.0
verheugt 2.0
bewonderde 2.0
waardeerde 1.8
genoot 2.2
lachte 1.4
glimlachte 1.8
juichte 2.2
vierde 0
wonnen 1.8
slaagden 1.6
hielp 1.2
hielpen 1.2
redde 1.5
redt 1.5
steunt 0.3
gesteund 0.3
ondersteund 0.3
herstelde 1.2
verbeterde 1.3
lukte 1.3
gelukte 1.5
haatte -2.8
haatten -2.8
walgde -2.8
ergerden -2.0
irriteerden -2.0
klaagde -1.5
klaagden -1.5
zeurde -1.5
faalden -2.2
mislukten -2.3
verloren wedstrijd -1.8
logen -2.4
loog -2.4
bedroog -2.8
stal 0
stalen 0
stolen -2.3
vernielde -2.2
verpestte -2.4
verpestten -2.4
verziekte -2.4
dreigde -1.8
dreigden -1.8
vreesde -1.8
vreesden -1.8
schrokken -1.8
huilden -2.0
rouwden -2.1
leden 0
overleed -2.0
stierven -2.4
# --- more MWEs ---
gaat helemaal mis -2.4
loopt uit de hand -2.2
uit de hand gelopen -2.2
loopt mis -1.8
liep mis -1.8
gaat fout -1.8
ging fout -1.8
is fout -1.6
klopt niet -1.6
klopt niks van -2.2
klopt helemaal niets van -2.4
slaat nergens op -2.4
slaat helemaal nergens op -2.8
slaat kant noch wal -2.6
kant noch wal -2.6
geen kant op -1.4
de draak steken -1.6
de spot drijven -1.8
voor gek zetten -2.0
voor schut -2.2
voor schut staan -2.2
voor joker -2.0
zich kapot schamen -2.6
doodschamen -2.6
in de val -1.6
op de blaren zitten -1.8
het nakijken -1.4
met de gebakken peren -2.0
de klos -1.8
de pineut -1.8
ben de pineut -2.0
zit in de shit -2.4
in de shit -2.2
in de nesten -1.8
in het nauw -1.6
een zware dobber -1.8
zware tijd -1.8
moeilijke tijd -1.6
moeilijke tijden -1.6
zware tijden -1.8
rot gevoel -2.2
naar gevoel -2.0
vervelend gevoel -2.0
slecht gevoel -2.0
goed gevoel 2.0
fijn gevoel 2.2
heerlijk gevoel 2.6
geweldig gevoel 3.0
raar gevoel -1.0
naar weer -1.8
hondenbaan -1.6
pechvogel -1.6
pechdag -1.8
balen als een stekker -2.6
baalt -2.2
baalde -2.2
gebaald -2.2
zo blij als een kind 3.0
blij als een kind 2.8
als een kind zo blij 3.0
in zijn nopjes 2.2
in haar nopjes 2.2
in mijn nopjes 2.2
in de wolken zijn 2.6
de tijd van mijn leven 3.0
mooiste dag 2.8
beste dag 2.8
slechtste dag -3.0
rotste dag -2.8
top dag 2.6
wat een dag -0.8
een dag om nooit te vergeten 2.8
om nooit te vergeten 2.4
voor altijd in mijn hart 2.4
niet bij te houden -1.0
niet te harden -2.6
niet uit te houden -2.6
niet om aan te zien -2.4
niet om te lachen -1.8
niet grappig -1.8
niet leuk meer -2.0
niet meer normaal -1.0
te triest voor woorden -2.8
geen woorden voor -1.8
sprakeloos -0.6
het toppunt -2.2
dat is het toppunt -2.4
de druppel -1.6
emmer deed overlopen -2.4
druppel die de emmer -2.4
# --- more everyday vocabulary ---
aanstellerig -1.6
aanstellerij -1.6
afgezaagd -1.6
afknapper -2.2
afstotelijk -2.6
afgrijzen -2.6
akelig -2.0
angstaanjagend -2.4
armzalige -2.4
baggerslecht -3.0
belabberde -2.4
benepen -1.6
bespottelijke -2.5
betreurenswaardige -2.2
blunders -2.2
brutale -1.8
chaotische -1.7
dodelijk saai -2.8
doodsaai -2.8
doodeng -2.4
eenzijdig -1.2
erbarmelijke -2.8
ergerlijke -2.2
fout gegaan -1.8
foute -1.4
gebrekkige -2.1
gemene -2.1
gewelddadige -2.6
hopeloze -2.6
idiote -2.6
inferieur -2.2
irritante -2.2
kinderachtige -1.6
klungelig -1.8
krakkemikkig -1.8
lachwekkende -1.2
laffe -1.8
lamlendig -1.8
lastpak -1.8
lelijkerd -2.2
louche -1.9
luie -1.6
matige -1.3
middelmatige -1.1
minderwaardig -2.2
misselijke -2.0
nare -2.0
nadelig -1.4
nadeel -1.0
nadelen -1.0
nodeloos -1.6
omslachtige -1.6
onaangename -2.0
onbeschofte -2.5
onbetrouwbare -2.3
ondoordacht -1.8
ongelukkige -2.3
onhandelbaar -2.0
onleesbaar -1.6
onnozel -1.6
onprettige -1.9
onveilig -1.6
onvriendelijke -2.2
onzichtbaar 0
prutsding -2.4
roekeloos -2.0
rommelige -1.4
schokkende -2.5
slordige -1.8
stompzinnig -2.4
storende -1.6
tegenvallende -1.9
vervelende -2.0
verwaarloosd -2.0
verwarde -1.2
vreselijke -2.9
walgelijke -3.0
zielloze -1.8
zure -1.3
aandoenlijke 1.7
aangename 1.8
charmante 2.0
deskundige 1.8
fantastische 3.2
geduldige 1.5
geestige 1.9
geniale 2.9
geweldige 3.0
goedkope 0.8
grappige 1.8
handige 1.6
hulpvaardige 2.0
indrukwekkende 2.4
inspirerende 2.2
interessante 1.3
knusse 1.8
magische 2.4
nette 1.4
ontspannende 1.6
originele 1.6
plezierige 1.8
prachtige 3.0
prettige 1.8
professionele 1.8
schattige 2.1
schitterende 3.0
slimme 1.6
snelle 1.1
spannende 1.8
stijlvolle 1.9
trotse 2.0
unieke 2.0
vakkundige 2.1
veelbelovende 1.9
verfrissende 1.9
verrassende 1.3
vrolijke 2.1
zorgzame 2.0
# --- more verb forms ---
aanbeveel 2.0
aangeraden 2.2
afgeraden -2.4
bewonderd 2.0
geprobeerd 0
geniet ervan 2.4
genoten van 2.4
hou ervan 2.4
houd van 2.2
ik houd van 2.6
love it 2.8
loved it 2.8
i love it 3.0
walg ervan -2.8
baal ervan -2.4
heb er spijt van -2.4
spijt als haren op mijn hoofd -3.0
heb er een hekel aan -2.4
hekel aan -2.0
een hekel aan -2.2
hekel -1.8
afkeer -2.2
weerzin -2.4
afschuw -2.6
minachting -2.4
verachting -2.6
verafschuw -3.0
ergeren me -2.2
erger me -2.2
erger me dood -2.8
ik erger me -2.2
word er niet goed van -2.2
word er niet vrolijk van -1.8
word er blij van 2.4
word er vrolijk van 2.4
word er gelukkig van 2.6
maakt me blij 2.6
maakt me gelukkig 2.8
maakt me boos -2.4
maakt me verdrietig -2.4
maakt me bang -2.0
maakt me woedend -2.8
maakt me ziek -2.4
ben boos -2.3
ben verdrietig -2.4
ben teleurgesteld -2.5
ben bang -1.8
ben moe -1.4
ben het eens 1.0
mee eens 0.8
niet mee eens -1.4
oneens -1.2
helemaal oneens -1.6
# --- public debate: more evaluative verbs and nouns ---
weigeren -1.2
weigert -1.3
weigerde -1.3
geweigerd -1.4
weigering -1.4
blokkeren -1.0
blokkeert -1.0
geblokkeerd -1.4
kaalslag -2.2
uitkleden -1.4
uitgekleed -1.5
afbraak -1.8
afbraakbeleid -2.4
wrang -1.8
waanzin -2.2
waanzinnig 0.8
bezoedeld -2.2
bezoedelen -2.2
nood -1.2
noodklok -1.4
noodkreet -1.6
noodlottig -2.4
misrekening -1.6
misverstand -1.0
miskenning -1.6
miskend -1.4
ondergewaardeerd -1.4
onderschat -0.8
productief 1.2
productieve 1.2
groeten 1.0
hartelijke groeten 1.6
mooie dag 2.2
goede dag 1.6
leuke dag 2.2
geslaagde dag 2.4
mooie avond 2.2
leuke avond 2.2
mooie middag 2.0
gezellige avond 2.5
mooi gesprek 2.2
goed gesprek 2.0
fijn gesprek 2.2
prettig gesprek 2.0
constructief 1.6
constructief overleg 1.8
vruchtbaar 1.4
open gesprek 1.2
inspirerend gesprek 2.4
interessant gesprek 1.8
leerzaam gesprek 2.0
mooie bijeenkomst 2.2
goede discussie 1.8
mooie woorden 1.8
mooi gebaar 2.2
sympathiek gebaar 2.2
warm welkom 2.2
warm onthaal 2.2
dankbaar voor 2.3
blij met de 2.0
blij om te 2.2
goed om te 1.6
fijn om te 2.0
mooi om te 2.0
schokkend om te -2.4
onbegrijpelijk dat -2.0
onacceptabel dat -2.6
kwalijk dat -2.0
zorgelijk dat -1.9
pijnlijk om te -2.0
steek laten -2.2
laat in de steek -2.4
laten in de steek -2.4
in de kou laten staan -2.2
in de kou -1.6
in de kou staan -2.0
aan hun lot overlaten -2.4
aan hun lot -2.0
op hun lot -1.6
laat vallen -1.6
laten vallen -1.4
de dupe -2.0
zijn de dupe -2.2
is de dupe -2.2
het kind van de rekening -2.2
kind van de rekening -2.2
met de nek aankijken -2.0
over de rug van -1.8
rug toekeren -1.8
een klap in het gezicht -2.6
klap in het gezicht -2.6
trap na -1.8
dweilen met de kraan open -2.2
water naar de zee dragen -1.6
een druppel op een gloeiende plaat -1.6
druppel op een gloeiende plaat -1.6
boter op het hoofd -2.0
met twee maten meten -2.2
twee maten -1.8
op de vingers tikken -1.4
op de vingers getikt -1.6
aan de kaak stellen -1.2
aan de schandpaal -2.0
aan de bel trekken -1.0
de noodklok luiden -1.6
luidt de noodklok -1.6
onder vuur -1.6
zwaar onder vuur -2.0
zwaar weer -1.6
in zwaar weer -1.8
het water aan de lippen -2.2
het water tot de lippen -2.2
op de tocht -1.4
op losse schroeven -1.6
in rook opgegaan -2.0
in duigen -2.2
in het water gevallen -2.0
achter het net vissen -1.6
een gemiste kans -2.0
gemiste kans -2.0
gemiste kansen -2.0
te weinig te laat -2.2
mosterd na de maaltijd -1.8
hart onder de riem 2.2
een hart onder de riem 2.2
een steuntje in de rug 1.8
steuntje in de rug 1.8
in de bloemetjes zetten 2.4
in het zonnetje zetten 2.4
in het zonnetje gezet 2.4
de handen ineen 1.8
handen ineen slaan 1.8
schouders eronder 1.6
de schouders eronder 1.6
samen sterk 2.0
samen staan we sterk 2.2
we slaan ons er doorheen 1.8
licht aan het einde van 1.8
einde van de tunnel 1.8
een stap verder 1.4
goed op weg 1.8
op de goede weg 1.8
de goede kant op 1.8
in goede handen 1.8
een mooi voorbeeld 2.0
mooi voorbeeld 2.0
goed voorbeeld 1.8
een goed voorbeeld 1.8
slecht voorbeeld -1.8
een slecht voorbeeld -1.8
# --- opinion frames and colloquial verbs ---
vind ik top 2.6
vind ik geweldig 3.0
vind ik prachtig 3.0
vind ik fijn 2.2
vind ik stom -2.2
vind ik kut -2.8
vind ik slecht -2.2
vind ik jammer -1.8
vind ik zonde -1.8
vind ik erg -2.0
vind ik vervelend -2.0
vind ik raar -1.2
vind het jammer -1.8
vind het erg -2.0
vind het fijn 2.2
vind het mooi 2.0
vind het geweldig 3.0
vind het top 2.6
vond het leuk 2.0
vond het geweldig 3.0
vond het mooi 2.0
vond het jammer -1.8
vond het maar niks -2.2
maar niks -1.6
helemaal niks -2.0
helemaal niets -1.8
niks aan te doen -0.8
niks van gemerkt 0
niks mis 1.2
niks te klagen 2.0
niet te klagen 1.8
mag niet klagen 1.4
kan niet klagen 1.6
geen klagen 1.6
niet over te klagen 2.0
prima geregeld 2.2
goed geregeld 2.0
slecht geregeld -2.2
slecht georganiseerd -2.2
goed georganiseerd 2.0
perfect geregeld 2.8
netjes geregeld 2.0
strak geregeld 2.0
top geregeld 2.6
zit goed 1.4
zit wel goed 1.2
komt goed 1.4
het komt goed 1.6
komt wel goed 1.4
loopt fout -1.8
viel vies tegen -2.6
valt vies tegen -2.6
viel reuze mee 1.8
viel best mee 1.4
loopt als een trein 2.4
als een trein 1.6
als een speer 1.6
stort in -1.8
stortte in -1.8
ingestort -2.0
valt om -1.0
viel om -1.0
gaat kapot -2.0
maakt kapot -2.0
maakt alles kapot -2.4
verpest alles -2.6
verziekt alles -2.6
doet pijn -2.0
deed pijn -2.0
pijn doen -1.8
doet zeer -1.8
baalt ervan -2.2
staat me tegen -2.2
stuit me tegen de borst -2.4
tegen de borst -2.0
zit me niet lekker -2.0
zit niet lekker -1.8
lekker zitten 1.2
voel me goed 2.0
voel me slecht -2.2
voel me rot -2.4
voel me kut -2.6
voel me ellendig -2.6
voel me beroerd -2.4
voel me ziek -2.0
voel me top 2.6
voel me fantastisch 3.0
voel me geweldig 3.0
voel me beter 1.6
voelt goed 2.0
voelt niet goed -2.0
voelt als thuis 2.2
heb het naar mijn zin 2.4
naar mijn zin 2.0
het naar je zin 2.0
heb het moeilijk -1.8
het moeilijk hebben -1.8
heeft het moeilijk -1.8
hebben het moeilijk -1.8
het zwaar hebben -2.0
heeft het zwaar -2.0
hebben het zwaar -2.0
heb het zwaar -2.0
zwaar gehad -1.8
pech hebben -1.6
geluk hebben 1.8
geluk gehad 1.8
mazzel 1.6
mazzel gehad 1.8
bofkont 2.0
boffen 1.8
geboft 1.8
wat een geluk 2.2
wat een mazzel 2.2
# --- more single words ---
aanfluiting -2.6
akkefietje -1.0
armoe -1.8
benauwend -1.8
beroerdste -3.0
bijltjesdag -1.0
deceptie -2.2
domoor -2.0
drammerig -1.8
dramkont -2.0
egoïst -2.0
ellendeling -2.6
eikelig -2.4
gedrocht -2.6
geneuzel -1.8
gezanik -2.0
gezever -2.0
graaiers -2.4
graaien -2.2
graaicultuur -2.6
grijpstuiver -1.0
grootspraak -1.8
hoogmoed -1.8
huichelaar -2.5
kansloos -2.2
kansloze -2.2
klungel -2.0
kolder -1.6
kortzichtig -2.0
kwakzalver -2.4
lafaard -2.4
lafbek -2.4
leeghoofd -2.2
luilak -1.8
mafketel -2.0
miskleun -2.2
onbenul -2.4
onding -2.2
ontsporing -2.0
ontspoord -2.0
pestkop -2.4
pleuris -2.8
puinruimen -1.4
schreeuwlelijk -2.2
schurk -2.6
slappeling -2.2
slappe hap -2.4
sneu -1.8
stakker -1.6
stakkers -1.6
stumper -1.8
tuig -2.8
uitschot -3.0
verliezers -2.0
vuilak -2.8
waardeloosheid -2.4
wanprestatie -2.6
zeurkous -1.8
zielenpoot -1.8
zwakkeling -2.2
zwamverhaal -2.0
doorzetter 2.0
dotje 2.0
geluksvogel 2.2
geweldenaar 2.4
goudeerlijk 2.4
goud waard 2.6
kanjer 2.6
kanjers 2.6
knapperd 2.0
krachtpatser 1.8
lekkerding 1.8
lieverdje 2.0
powervrouw 2.2
prachtmens 2.8
superheld 2.6
toppers 2.5
toptalent 2.6
vakman 2.0
vakvrouw 2.0
winnaar 2.0
winnaars 2.0

## --- added for coverage (issue 3): everyday praise and blame, colloquial and slang forms, customer care
domme                    -2.2
waardeloze service       -3.0
schaam                   -2.0
plank mis                -1.8
plank misslaan           -1.8
plank missloeg           -1.8
haken en ogen            -1.0
boven het hoofd          -1.2
uit de hand              -1.8
door de mand             -2.2
op de klippen            -2.2
de das om                -2.2
een dikke pluim          2.5
zevende hemel            3.0
als een tierelier        2.0
zit wel snor             1.5
de kous op de kop        -1.5
regen in de drup         -1.8
de sigaar                -1.5
handen in het haar       -1.8
het schip in             -1.5
een dingetje             -0.5
met de nek aangekeken    -2.0
de nek omdraaien         -2.0
gebakken lucht           -2.0
een wassen neus          -1.8
olie op het vuur         -2.0
kop van jut              -1.8
zo lek als een mandje    -2.0
de bok schieten          -1.5
een blunder              -2.2
geblunder                -2.2
stunt                    0.5
schandvlek               -2.8

## --- second coverage round (issue 3): fields checked one by one (news, health, weather, money,
# service, emotions, quality); only words the lexicon did not match yet are listed.
# Words of news reports get +-0.5: with threshold 0.15 one of them alone leaves a text neutral.
strijd                   -0.5
affaire                  -0.5
inbreker                 -0.5
droogte                  -0.5
bosbrand                 -0.5
pandemie                 -0.5
uitbraak                 -0.5
aangehouden              -0.3
protest                  -0.3
staking                  -0.5
recessie                 -0.5
inflatie                 -0.3
spionage                 -0.5
bekritiseerd             -0.5
dreiging                 -0.5
tegenslag                -1.2
record                   0.5
onderscheiding           0.5
gehuldigd                0.5
jubileum                 0.5
toeslag                  -0.3
uitgevallen              -0.5
foutmelding              -0.5
dodental                 -0.5
slagveld                 -0.5
stilgelegd               -0.3
kwetsbaar                -0.5
kwetsbare                -0.5
# --- opinion and feeling
verontwaardiging         -1.8
ontaard                  -1.5
ontaarden                -1.5
besmuikt                 -1.0
verbazingwekkend         1.5
kitsch                   -1.0
verveeld                 -1.5
verbijsterd              -1.8
jaloers                  -1.0
jaloezie                 -1.2
schok                    -1.2
walging                  -2.2
heimwee                  -1.0
nieuwsgierig             0.3
regenachtig              -0.8
hittegolf                -0.5
gladheid                 -0.5
onweer                   -0.3
hagel                    -0.3
besparen                 0.5
bespaard                 0.5

# --- public debate and policy: mild words of approval and disapproval; the descriptive words of
# policy announcements (akkoord, afgerond, voldoende) only +0.15
noodzakelijk             0.15
hoog tijd                -0.5
zeiken                   -1.5
zeik                     -1.5
wereldvreemd             -1.5
solidair                 1.2
knettergek               -2.0
gatver                   -1.8
bangmakerij              -1.5
paniekzaaierij           -1.5
polarisatie              -0.8
kloppartij               -0.5
steekpartij              -0.5
schietpartij             -0.5
lichtgewond              -0.3
vervolging               -0.5
fascisme                 -1.5
extremisme               -1.0
extremist                -1.0
massaontslag             -0.5
loonverlaging            -0.5
woningnood               -0.5
wachtlijst               -0.5
wachtlijsten             -0.5
bureaucratie             -0.8
regelzucht               -1.2
papierwinkel             -1.0
akkoord                  0.15
afgerond                 0.15
voldoende                0.15
hard gewerkt             0.3
hard werken              0.3
hard aan het werk        0.3
verslechtering           -1.0
verslechterd             -1.0
achteruit                -0.5
krimp                    -0.3
versoepeling             0.5
versoepeld               0.5
aanscherping             -0.3
verscherpt               -0.3
verbod                   -0.3
verboden                 -0.3
gedwongen                -0.8
dwingen                  -0.5
afgewezen                -0.5
verworpen                -0.3
tevergeefs               -1.2
vergeefs                 -1.2
onwaar                   -0.8
klopt                    0.3
klopt geen hout van      -2.0
gezondheidsrisico        -0.5
gezondheidsrisico's      -0.5
beperking                -0.3
beperkingen              -0.3

# --- customer care, money and travel
niet ontvangen           -1.2
nog niet ontvangen       -1.5
pakket niet ontvangen    -1.8
krassen                  -0.8
deuk                     -0.8
hapert                   -1.0
hapering                 -1.0
vastgelopen              -1.2
stroomstoring            -0.8
netwerkstoring           -1.0
internetstoring          -1.0
geen internet            -1.0
namaak                   -1.2
prul                     -1.5
waar voor je geld        1.5
koopje                   1.2
spotgoedkoop             1.0
afgeprijsd               0.5
huurverhoging            -0.5
naheffing                -0.8
incasso                  -0.5
geschrapt                -0.5
uitgesteld               -0.5
treinvertraging          -1.2
overvolle trein          -1.2
afgeladen                -0.5
propvol                  -0.5
bomvol                   -0.3
stampvol                 -0.5
# --- health, body and sleep
keelpijn                 -1.5
rugpijn                  -1.5
spierpijn                -0.8
slapeloos                -1.2
slapeloze nacht          -1.5
kan niet slapen          -1.5
uitgeslapen              1.0
ziekgemeld               -1.0
kerngezond               1.8
uitgehongerd             -1.0
hooikoorts               -1.2
muggenbulten             -1.0
# --- weather as people complain about it or enjoy it
bloedheet                -1.2
snikheet                 -1.2
steenkoud                -1.2
bibberen                 -0.8
kletsnat                 -1.2
doorweekt                -1.2
zeiknat                  -1.5
plensbui                 -0.8
stortbui                 -0.8
miezerig                 -1.0
grauw                    -0.5
sneeuwchaos              -1.2

# --- character, behaviour and mood
opschepperig             -1.5
opdringerig              -1.5
bekrompen                -1.8
halfslachtig             -1.2
intolerant               -1.8
onverdraagzaam           -1.8
kleinzielig              -1.5
sullig                   -1.2
prutsen                  -1.2
geprutst                 -1.5
geblunderd               -1.5
stommiteit               -1.8
dwaasheid                -1.5
potsierlijk              -1.2
cringe                   -1.5
awkward                  -1.0
gemopper                 -1.0
gejank                   -1.2
treuren                  -1.2
zielsgelukkig            3.0
uitgelaten               1.8
goedgehumeurd            1.8
sikkeneurig              -1.2
ziedend                  -2.5
furieus                  -2.5
het zat                  -1.8
strontziek               -2.0
doodop                   -1.5
afgepeigerd              -1.5
uitgeblust               -1.5
opgebrand                -1.5
burn-out                 -1.2

# --- slang, Flemish colloquial words and interjections
plezant                  1.5
ambetant                 -1.5
amai                     0.5
goesting                 0.8
sjiek                    1.2
ferm                     1.0
dope                     1.8
goat                     1.5
legend                   1.8
epic                     2.0
kek                      1.0
megagoed                 2.5
magistraal               2.8
meesterlijk              2.5
tjonge                   -0.5
tjongejonge              -0.8
sjongejonge              -0.8
poeh                     -0.5
pfoe                     -0.5
oef                      -0.5
godzijdank               1.2
goddank                  1.2
proost                   1.0

# --- more words of news reports at +-0.5 (police, courts, accidents, war, economy)
inval                    -0.5
huiszoeking              -0.5
celstraf                 -0.5
gevangenisstraf          -0.5
taakstraf                -0.5
veroordeling             -0.5
aangeklaagd              -0.5
evacuatie                -0.5
geëvacueerd              -0.5
vermissing               -0.5
botsing                  -0.5
aanrijding               -0.5
noodlanding              -0.5
neergestort              -0.5
brandstichting           -0.5
bommelding               -0.5
schietincident           -0.5
steekincident            -0.5
terroristische           -0.5
opstand                  -0.5
staatsgreep              -0.5
burgeroorlog             -0.5
luchtaanval              -0.5
luchtaanvallen           -0.5
bombardement             -0.5
beschieting              -0.5
gifgas                   -0.5
vluchtelingencrisis      -0.5
eurocrisis               -0.5
schuldencrisis           -0.5
bezuinigingsronde        -0.5
ontslagronde             -0.5
banenverlies             -0.5
winstwaarschuwing        -0.5
koersval                 -0.5
beurskrach               -0.5
verliesgevend            -0.5
datalek                  -0.5
gehackt                  -0.5
cyberaanval              -0.5
kabinetscrisis           -0.5
vrijgesproken            0.5
vrijspraak               0.5
opleving                 0.5
recordwinst              0.5
koerswinst               0.5
bloedbad                 -1.5

# --- nouns of verdict, luck and setback
toestanden               -0.8
farce                    -2.0
meevaller                1.5
opsteker                 1.5
domper                   -1.5
hemeltergend             -2.2
glansrol                 1.8
voltreffer               2.0
gouden greep             2.0
misère                   -1.8
sores                    -1.2
malheur                  -1.2
hoon                     -1.2
# --- verbs of feeling and judgement (forms the stemmer keeps apart)
verbazen                 0.5
verbaasd                 0.3
schreeuwen               -0.5
gescholden               -1.5
gevloekt                 -1.0
gezeurd                  -1.2
getreiterd               -1.8
kwetsen                  -1.5
krenken                  -1.5
belogen                  -2.0
manipuleren              -1.5
opgeven                  -1.0
opgegeven                -1.0
volgehouden              0.8
overleefd                0.8

# --- English words common in Dutch posts
lucky                    1.5
unlucky                  -1.5
lovely                   2.0
beautiful                2.2
terrible                 -2.5
horrible                 -2.5
winner                   1.5
not amused               -1.5
well done                2.0
congrats                 2.0
congratulations          2.0
never again              -2.0
yummy                    2.0
delicious                2.5
tasty                    2.0
disgusting               -2.5

# --- inflected forms whose stem is a blocked neutral word (valse -> val, verse -> ver);
# exact entries win over the blocker
achterlijke              -2.7
overzichtelijke          1.4
valse                    -1.8
verse                    1.0
betaalbare               1.2
voorbeeldige             2.4


[negators]
# Dutch negates with "niet" and "geen"; Flemish and chat spellings included.
niet
nie
geen
gene
geeneen
nooit
nimmer
niets
niks
niemand
nergens
noch
zonder
allerminst
geenszins
helemaal niet
totaal niet
absoluut niet
nog niet
niet meer
ook niet
nauwelijks
amper


[negation-prefixes]
# "on" glued to adjectives: onvriendelijk = on + vriendelijk. The rest must be at least 4
# characters so that "onze", "ons", "onder" never split; words where the split misleads
# (onwijs, ontzettend, ongelooflijk, onzin) have their own entries.
on 4


[intensifiers]
heel 0.293
erg 0.293
zeer 0.293
echt 0.293
hartstikke 0.293
ontzettend 0.293
ontzettend veel 0.293
enorm 0.293
enorme 0.293
enorm veel 0.293
ongelooflijk 0.293
ongelofelijk 0.293
onwijs 0.293
uiterst 0.293
uitermate 0.293
buitengewoon 0.293
extreem 0.293
zwaar 0.293
mega 0.293
kei 0.293
bere 0.293
bloed 0.293
hyper 0.293
ultra 0.293
totaal 0.293
helemaal 0.293
volledig 0.293
volkomen 0.293
compleet 0.293
absoluut 0.293
werkelijk 0.293
oprecht 0.2
best 0.1
behoorlijk 0.2
flink 0.25
fors 0.25
stevig 0.2
diep 0.25
hoogst 0.293
allemachtig 0.293
verdomd 0.293
zo 0.2
zo ontzettend 0.293
te 0.2
veel te 0.293
zoveel 0.2
meer dan 0.2
het meest 0.293
vooral 0.2
bepaald 0.1
beetje -0.293
een beetje -0.293
een tikkeltje -0.293
tikkeltje -0.293
ietsje -0.293
iets -0.25
enigszins -0.293
redelijk -0.2
tamelijk -0.2
nogal -0.1
relatief -0.25
betrekkelijk -0.25
min of meer -0.293
deels -0.25
gedeeltelijk -0.25
bijna -0.2
haast -0.2
ietwat -0.293
lichtelijk -0.293
wellicht -0.2
misschien -0.2
waarschijnlijk -0.15
eigenlijk -0.2
zogenaamd -0.25
redelijk wel -0.25


[contrast]
maar
echter
doch
desondanks
niettemin
nochtans
hoewel
ofschoon
daarentegen
anderzijds


[settings]
# Standard Dutch does not stack negators, and where two occur ("nooit niet", "niemand niks")
# the colloquial meaning is one negation, so concord is the safer reading.
double_negation = concord
negation_window = 3

# A negated negative word ("zonder pijn", "geen gezeur") is at most
# mildly positive; the common idioms have their own entries.
negated_negative_scalar = -0.4
# Dutch public and news tweets use mild words as formula ("samen", "hoop", "hulp", "zorg"); a
# single one of them should not make a text positive or negative. 0.15 needs a net valence of
# about 0.6 (one clear word, or several mild ones). Measured flat between 0.08 and 0.2.
threshold_pos = 0.15
threshold_neg = -0.15
