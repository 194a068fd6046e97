# earshot sentiment lexicon: Spanish (es).
# Written by hand for the earshot project from knowledge of the language (Spain and Latin America);
# no entry or value is taken from another sentiment list. Valence in [-4, +4]:
# +-0.5..1 mild, +-1.5..2.5 clear, +-3..4 strong. Adjectives are listed in their four forms where
# the Snowball Spanish stemmer would not join them reliably; verbs mostly rely on the stemmer.
# Gender and number forms of adjectives were expanded mechanically from the hand-written
# entries (one valence per word family); every value is the author's own.
@lang es
@stemmer snowball:spanish

[valence]
# Stem guards: frequent neutral words whose Snowball stem (or diacritic-free stem) equals that of an
# evaluative entry (con/coño, podría/podrido, dan/daño, mamá/mamada, perro/perra, tema/temer, …).
# Listed first so they take the stem key; value 0.
con	0
para	0
porque	0
porqué	0
son	0
dan	0
par	0
sal	0
salir	0
sale	0
salen	0
pelo	0
pelos	0
tema	0
temas	0
precio	0
precios	0
perro	0
perros	0
mamá	0
mamás	0
mami	0
vivir	0
vive	0
vivo	0
pasado	0
espero	0.3
esperamos	0.3
quería	0
querían	0
queremos	0
podría	0
podrías	0
podríamos	0
podrían	0
podré	0
podrás	0
podrá	0
podremos	0
podrán	0
suena	0
ganas	0
elegir	0
elige	0
eligen	0
elegido	0
elegida	0
elegí	0
elegidos	0
motivo	0
motivos	0
generación	0
valor	0
valores	0
válido	0
válida	0
valora	0
sos	0
ruido	-0.5
dios	0
dioses	0
peso	0
pesos	0
pesa	0
practicar	0
practicando	0
práctica	0
san	0
rapado	0
creo	0
cree	0
creen	0
creer	0
creí	0
time	0
tele	0
zorro	0
zorros	0
vayas	0
vayan	0
vaya a	0
interesa	0.3
bueno	1.4
dicho	0
leyendo	0
leer	0
educación	0
educacion	0
sueno	0
# --- stem guards and neutral words whose stem meets an evaluative word ---
gracia	0
esta	0
estas	0
está	0
pena	-1.2
pasar	0
pasa	0
paso	0
cuenta	0
cuento	0
listo	0.3
lista	0
listas	0
claro	0
clara	0
fin	0
final	0
fino	0.5
# --- positive adjectives ---
buena	1.9
buenos	1.9
buenas	1.9
buen	1.9
buenísimo	3.0
buenísima	3.0
buenísimos	3.0
buenísimas	3.0
buenisimo	3.0
buenisima	3.0
buenisimos	3.0
buenisimas	3.0
bonísimo	3.0
bonísima	3.0
bonísimos	3.0
bonísimas	3.0
mejor	1.4
mejores	1.4
óptimo	2.5
óptima	2.5
óptimos	2.5
óptimas	2.5
excelente	3.1
excelentes	3.1
excelentísimo	3.4
excelentísima	3.4
excelentísimos	3.4
excelentísimas	3.4
estupendo	3.0
estupenda	3.0
estupendos	3.0
estupendas	3.0
magnífico	3.1
magnífica	3.1
magníficos	3.1
magníficas	3.1
maravilloso	3.2
maravillosa	3.2
maravillosos	3.2
maravillosas	3.2
fantástico	3.1
fantástica	3.1
fantásticos	3.1
fantásticas	3.1
fabuloso	3.1
fabulosa	3.1
fabulosos	3.1
fabulosas	3.1
genial	3.0
geniales	3.0
increíble	2.8
increíbles	2.8
increible	2.8
increibles	2.8
espectacular	3.0
espectaculares	3.0
impresionante	2.6
impresionantes	2.6
extraordinario	3.0
extraordinaria	3.0
extraordinarios	3.0
extraordinarias	3.0
excepcional	3.0
excepcionales	3.0
perfecto	3.0
perfecta	3.0
perfectos	3.0
perfectas	3.0
ideal	2.2
ideales	2.2
precioso	3.0
preciosa	3.0
preciosos	3.0
preciosas	3.0
preciosísimo	3.4
preciosísima	3.4
preciosísimos	3.4
preciosísimas	3.4
hermoso	2.9
hermosa	2.9
hermosos	2.9
hermosas	2.9
hermosísimo	3.3
hermosísima	3.3
hermosísimos	3.3
hermosísimas	3.3
bonito	2.4
bonita	2.4
bonitos	2.4
bonitas	2.4
lindo	2.5
linda	2.5
lindos	2.5
lindas	2.5
lindísimo	3.0
lindísima	3.0
lindísimos	3.0
lindísimas	3.0
bello	2.5
bella	2.5
bellos	2.5
bellas	2.5
bellísimo	3.2
bellísima	3.2
bellísimos	3.2
bellísimas	3.2
guapo	2.2
guapa	2.2
guapos	2.2
guapas	2.2
guapísimo	2.8
guapísima	2.8
guapísimos	2.8
guapísimas	2.8
divino	2.8
divina	2.8
divinos	2.8
divinas	2.8
adorable	2.8
adorables	2.8
encantador	2.7
encantadores	2.7
encantadora	2.7
encantadoras	2.7
agradable	2.1
agradables	2.1
simpático	2.0
simpática	2.0
simpáticos	2.0
simpáticas	2.0
amable	2.1
amables	2.1
cariñoso	2.3
cariñosa	2.3
cariñosos	2.3
cariñosas	2.3
tierno	2.1
tierna	2.1
tiernos	2.1
tiernas	2.1
dulce	1.8
dulces	1.8
gracioso	1.8
graciosa	1.8
graciosos	1.8
graciosas	1.8
divertido	2.3
divertida	2.3
divertidos	2.3
divertidas	2.3
entretenido	1.8
entretenida	1.8
entretenidos	1.8
entretenidas	1.8
interesante	1.6
interesantes	1.6
chulo	2.0
chula	2.0
chulos	2.0
chulas	2.0
chido	2.3
chida	2.3
chidos	2.3
chidas	2.3
bacán	2.3
bacanes	2.3
bacan	2.3
chévere	2.4
chéveres	2.4
chevere	2.4
cheveres	2.4
padre	0
padrísimo	2.8
padrísima	2.8
padrísimos	2.8
padrísimas	2.8
guay	2.2
guayes	2.2
piola	1.5
piolas	1.5
brutal	1.8
brutales	1.8
top	1.5
crack	2.4
cracks	2.4
feliz	2.8
felices	2.8
felicísimo	3.2
felicísima	3.2
felicísimos	3.2
felicísimas	3.2
contento	2.4
contenta	2.4
contentos	2.4
contentas	2.4
alegre	2.3
alegres	2.3
orgulloso	2.3
orgullosa	2.3
orgullosos	2.3
orgullosas	2.3
satisfecho	2.2
satisfecha	2.2
satisfechos	2.2
satisfechas	2.2
encantado	2.6
encantada	2.6
encantados	2.6
encantadas	2.6
emocionado	2.2
emocionada	2.2
emocionados	2.2
emocionadas	2.2
ilusionado	2.2
ilusionada	2.2
ilusionados	2.2
ilusionadas	2.2
entusiasmado	2.3
entusiasmada	2.3
entusiasmados	2.3
entusiasmadas	2.3
agradecido	2.4
agradecida	2.4
agradecidos	2.4
agradecidas	2.4
afortunado	2.4
afortunada	2.4
afortunados	2.4
afortunadas	2.4
tranquilo	1.5
tranquila	1.5
tranquilos	1.5
tranquilas	1.5
relajado	1.5
relajada	1.5
relajados	1.5
relajadas	1.5
motivado	1.8
motivada	1.8
motivados	1.8
motivadas	1.8
enamorado	2.4
enamorada	2.4
enamorados	2.4
enamoradas	2.4
fiel	1.5
fieles	1.5
leal	1.8
leales	1.8
honesto	1.8
honesta	1.8
honestos	1.8
honestas	1.8
honrado	1.6
honrada	1.6
honrados	1.6
honradas	1.6
sincero	1.5
sincera	1.5
sinceros	1.5
sinceras	1.5
justo	0
justa	0
justos	0
justas	0
correcto	1.1
correcta	1.1
correctos	1.1
correctas	1.1
útil	1.6
útiles	1.6
util	1.6
utiles	1.6
práctico	1.3
prácticos	1.3
prácticas	1.3
eficaz	2.0
eficaces	2.0
eficiente	2.0
eficientes	2.0
rápido	1.3
rápida	1.3
rápidos	1.3
rápidas	1.3
rapido	1.3
rapida	1.3
rapidos	1.3
rapidas	1.3
rapidísimo	1.8
rapidísima	1.8
rapidísimos	1.8
rapidísimas	1.8
puntual	1.6
puntuales	1.6
cómodo	1.6
cómoda	1.6
cómodos	1.6
cómodas	1.6
comodo	1.6
comoda	1.6
comodos	1.6
comodas	1.6
limpio	1.2
limpia	1.2
limpios	1.2
limpias	1.2
seguro	0
segura	0
seguros	0
seguras	0
fiable	1.8
fiables	1.8
confiable	1.8
confiables	1.8
recomendable	2.3
recomendables	2.3
valiente	2.0
valientes	2.0
inteligente	2.1
inteligentes	2.1
listísimo	2.3
listísima	2.3
listísimos	2.3
listísimas	2.3
brillante	2.6
brillantes	2.6
talentoso	2.4
talentosa	2.4
talentosos	2.4
talentosas	2.4
creativo	1.6
creativa	1.6
creativos	1.6
creativas	1.6
original	1.2
originales	1.2
innovador	1.5
innovadores	1.5
innovadora	1.5
innovadoras	1.5
profesional	1.6
profesionales	1.6
competente	1.8
competentes	1.8
capaz	1.2
atento	1.8
atenta	1.8
atentos	1.8
atentas	1.8
educado	1.6
educada	1.6
educados	1.6
educadas	1.6
respetuoso	1.8
respetuosa	1.8
respetuosos	1.8
respetuosas	1.8
bondadoso	2.4
bondadosa	2.4
bondadosos	2.4
bondadosas	2.4
solidario	1.9
solidaria	1.9
solidarios	1.9
solidarias	1.9
humilde	1.6
humildes	1.6
noble	1.8
nobles	1.8
digno	1.3
digna	1.3
dignos	1.3
dignas	1.3
admirable	2.5
admirables	2.5
notable	1.6
notables	1.6
positivo	1.6
positiva	1.6
positivos	1.6
positivas	1.6
fuerte	0
fuertes	0
sano	1.4
sana	1.4
sanos	1.4
sanas	1.4
saludable	1.6
saludables	1.6
sabroso	2.3
sabrosa	2.3
sabrosos	2.3
sabrosas	2.3
rico	1.6
rica	1.6
ricos	1.6
ricas	1.6
riquísimo	3.0
riquísima	3.0
riquísimos	3.0
riquísimas	3.0
delicioso	3.0
deliciosa	3.0
deliciosos	3.0
deliciosas	3.0
exquisito	3.0
exquisita	3.0
exquisitos	3.0
exquisitas	3.0
suave	0.8
suaves	0.8
fresco	0.8
fresca	0.8
frescos	0.8
frescas	0.8
elegante	2.0
elegantes	2.0
espléndido	3.0
espléndida	3.0
espléndidos	3.0
espléndidas	3.0
glorioso	2.8
gloriosa	2.8
gloriosos	2.8
gloriosas	2.8
grandioso	2.9
grandiosa	2.9
grandiosos	2.9
grandiosas	2.9
asombroso	2.8
asombrosa	2.8
asombrosos	2.8
asombrosas	2.8
alucinante	2.7
alucinantes	2.7
flipante	2.2
flipantes	2.2
emocionante	2.4
emocionantes	2.4
conmovedor	1.9
conmovedores	1.9
conmovedora	1.9
conmovedoras	1.9
inspirador	2.2
inspiradores	2.2
inspiradora	2.2
inspiradoras	2.2
inolvidable	2.8
inolvidables	2.8
mágico	2.5
mágica	2.5
mágicos	2.5
mágicas	2.5
único	0
única	0
únicos	0
únicas	0
especial	1.8
especiales	1.8
valioso	2.0
valiosa	2.0
valiosos	2.0
valiosas	2.0
exitoso	2.3
exitosa	2.3
exitosos	2.3
exitosas	2.3
ganador	2.0
ganadores	2.0
ganadora	2.0
ganadoras	2.0
victorioso	2.4
victoriosa	2.4
victoriosos	2.4
victoriosas	2.4
favorito	2.0
favorita	2.0
favoritos	2.0
favoritas	2.0
preferido	1.5
preferida	1.5
preferidos	1.5
preferidas	1.5
querido	2.0
querida	2.0
queridos	2.0
queridas	2.0
amado	2.5
amada	2.5
amados	2.5
amadas	2.5
bienvenido	2.0
bienvenida	2.0
bienvenidos	2.0
bienvenidas	2.0
dichoso	2.4
dichosa	2.4
dichosos	2.4
dichosas	2.4
afortunadamente	1.8
felizmente	2.2
genialmente	3.0
perfectamente	2.3
excelentemente	3.0
estupendamente	3.0
maravillosamente	3.0
fenomenal	3.0
fenomenales	3.0
fenómeno	1.5
bien	1.3
si bien	0
o bien	0
más bien	0
mas bien	0
muy bien	2.2
súper bien	2.6
re bien	2.4
bienes	0
mola	2.1
molan	2.1
mole	0
molaba	1.8
molón	2.2
molones	2.2
molona	2.2
molonas	2.2
ok	0.9
okey	0.9
oki	0.9
vale	0.6
dale	0.6
bravo	2.5
olé	2.2
ole	0.8
hurra	2.5
yupi	2.5
yuju	2.3
wow	2.2
guau	2.2
uau	2.2
genio	2.6
genia	2.6
genios	2.6
ídolo	2.4
ídolos	2.4
idolo	2.4
idolos	2.4
campeón	2.2
campeones	2.2
campeona	2.2
campeonas	2.2
maestro	1.0
maestra	1.0
maestros	1.0
maestras	1.0
joya	2.4
joyas	2.4
lujo	2.0
gozada	2.8
pasada	2.4
maravilla	3.0
maravillas	3.0
belleza	2.6
bellezas	2.6
preciosidad	2.9
hermosura	2.8
amor	2.5
amores	2.3
cariño	2.2
cariños	2.2
besos	1.8
beso	1.8
besito	1.8
besitos	1.8
abrazo	1.8
abrazos	1.8
abrazote	2.0
felicidad	3.0
alegría	2.7
alegria	2.7
alegrías	2.7
ilusión	2.0
ilusion	2.0
esperanza	1.6
esperanzas	1.4
paz	1.6
éxito	2.5
exito	2.5
éxitos	2.5
exitos	2.5
suerte	1.8
triunfo	2.5
victoria	2.3
logro	2.1
logros	2.1
premio	1.5
regalo	0.8
sonrisa	2.0
sonrisas	2.0
risa	1.6
risas	1.6
diversión	2.2
diversion	2.2
placer	2.3
gusto	1.7
orgullo	2.0
gratitud	2.3
bendición	2.5
bendicion	2.5
bendiciones	2.5
bendito	2.2
bendita	2.2
benditos	2.2
benditas	2.2
maravillado	2.8
maravillada	2.8
maravillados	2.8
maravilladas	2.8
fiesta	1.2
fiestón	2.2
calidad	1.0
confianza	1.5
respeto	1.5
apoyo	1.4
ayuda	0.8
solución	1.0
solucion	1.0
ventaja	1.2
mejora	1.5
mejoras	1.5
progreso	1.4
calma	1.0
tranquilidad	1.6
amistad	2.0
amigo	0
amiga	0
bienestar	1.8
salud	0.5
libertad	1.4
justicia	1.1
honor	1.5
dicha	2.5
encanto	2.3
talento	2.1
valentía	2.0
genialidad	2.8
obra maestra	3.2
ánimo	1.6
animo	1.6
ánimos	1.6
animos	1.6
fuerza	0.8
fuerzas	0.8
# --- positive verbs ---
amar	2.8
amo	3.0
ama	2.8
amas	2.8
aman	2.8
amamos	2.8
amé	2.8
adoro	3.0
adora	3.0
adoran	3.0
adorar	3.0
encanta	3.0
encantan	3.0
encantó	3.0
encantaba	2.6
encantaría	2.3
gusta	1.9
gustan	1.9
gustó	2.1
gustaba	1.6
gustaría	0.3
me gusta	2.0
me gustan	2.0
me gustó	2.2
me encanta	3.0
me encantan	3.0
me encantó	3.2
te quiero	3.0
te amo	3.2
los quiero	2.8
las quiero	2.8
os quiero	2.8
quiero	0
querer	0
disfrutar	2.2
disfruto	2.2
disfruta	2.2
disfruten	2.2
disfrutad	2.2
disfruté	2.4
disfrutando	2.3
disfrutamos	2.3
agradecer	2.0
agradezco	2.3
agradecemos	2.3
gracias	1.9
graciass	1.9
grax	1.7
thx	1.6
mil gracias	2.8
muchas gracias	2.6
muchísimas gracias	3.0
felicitar	2.2
felicito	2.4
felicidades	2.8
felicitaciones	2.8
enhorabuena	2.8
feliz cumpleaños	2.5
feliz navidad	2.5
feliz año	2.5
feliz día	2.4
felices fiestas	2.4
recomiendo	2.2
recomiendo mucho	2.8
lo recomiendo	2.5
los recomiendo	2.5
la recomiendo	2.5
100% recomendable	3.0
recomendadísimo	3.1
recomendadísima	3.1
recomendadísimos	3.1
recomendadísimas	3.1
admiro	2.4
admirar	2.2
celebrar	1.8
celebro	2.0
celebramos	2.0
apoyar	1.3
apoyo total	2.2
ayudar	1.0
sonreír	1.8
sonreir	1.8
sonrío	1.8
reír	1.5
reir	1.5
ganar	1.5
gané	1.9
ganamos	2.0
ganó	1.5
triunfar	2.2
lograr	1.5
logré	2.2
logramos	2.2
conseguir	0.8
conseguí	1.5
mejorar	1.2
mejoró	1.5
funciona	1.0
funcionan	1.0
funcionó	1.4
solucionado	1.9
solucionada	1.9
solucionados	1.9
solucionadas	1.9
resuelto	1.8
resuelta	1.8
resueltos	1.8
resueltas	1.8
arreglado	1.6
arreglada	1.6
arreglados	1.6
arregladas	1.6
brillar	1.5
brilla	1.6
mereces	1.0
merece la pena	2.3
vale la pena	2.3
valió la pena	2.4
flipar	1.2
flipo	0.6
alucino	0.8
alucinar	0.8
molar	2.0
# --- laughter, interjections, abbreviations ---
jaja*	0.6
jaj*	0.5
jeje*	0.6
jiji*	0.6
jojo*	0.9
ja	0.6
jsjs*	0.6
jskj*	0.9
haha*	0.7
jajsj*	1.0
lol	1.0
xd	1.2
xdd*	1.3
lmao	1.2
ahaha*	1.2
yeah	1.0
yes	1.2
love	2.5
cool	1.8
nice	1.8
happy	2.2
great	2.5
best	2.0
fail	-1.8
sad	-2.0
omg	0.3
tqm	2.6
tkm	2.6
tqi	2.3
tamo	1.8
tk	2.0
bss	1.5
bsos	1.6
slds	0.5
xfa	0.3
porfa	0.5
porfis	0.5
plis	0.3
bff	2.0
oleee	2.4
bieen	1.8
uff	-0.8
uf	-0.6
ufff	-1.0
puaj	-2.0
buah	-0.8
bua	-0.5
agh	-1.4
argh	-1.5
aggg	-1.5
ugh	-1.5
ay	0
aish	-0.8
bah	-0.8
buf	-0.8
meh	-0.8
hmm	-0.2
ash	-1.0
grr	-1.8
grrr*	-2.0
jo	-0.6
jopé	-1.2
jope	-1.2
jolín	-1.0
jolin	-1.0
ostras	-0.3
hostia	-0.9
hostias	-1.0
vaya	0
joder	-1.6
jodo	-1.5
jder	-1.5
joer	-1.2
jod*	-1.6
mierda	-2.6
mierdas	-2.6
mrd	-2.4
mierdero	-2.4
mierdera	-2.4
mierderos	-2.4
mierderas	-2.4
puta	-2.2
puto	-2.5
putos	-2.5
putas	-2.5
puta mierda	-3.5
de puta madre	3.0
putada	-2.6
putadas	-2.6
coño	-1.4
cojones	-1.2
carajo	-1.6
chingado	-2.0
chingada	-2.0
chingados	-2.0
chingadas	-2.0
chingar	-1.8
verga	-1.2
pinche	-1.6
pinches	-1.6
pendejo	-2.6
pendeja	-2.6
pendejos	-2.6
pendejas	-2.6
pendejada	-2.2
boludo	-1.6
boluda	-1.6
boludos	-1.6
boludas	-1.6
boludez	-1.8
gilipollas	-3.0
gilipollez	-2.6
capullo	-2.4
capulla	-2.4
capullos	-2.4
capullas	-2.4
imbécil	-3.0
imbéciles	-3.0
imbecil	-3.0
imbeciles	-3.0
idiota	-2.8
idiotas	-2.8
estúpido	-2.8
estúpida	-2.8
estúpidos	-2.8
estúpidas	-2.8
estupido	-2.8
estupida	-2.8
estupidos	-2.8
estupidas	-2.8
estupidez	-2.6
estupideces	-2.6
tonto	-1.9
tonta	-1.9
tontos	-1.9
tontas	-1.9
tontería	-1.6
tonteria	-1.6
tonterías	-1.6
tonterias	-1.6
tontada	-1.4
bobo	-1.5
boba	-1.5
bobos	-1.5
bobas	-1.5
payaso	-1.8
payasa	-1.8
payasos	-1.8
payasas	-1.8
payasada	-2.0
cabrón	-2.5
cabrones	-2.5
cabrona	-2.5
cabronas	-2.5
cabron	-2.5
cabronada	-2.6
hijo de puta	-3.5
hijos de puta	-3.5
hdp	-3.2
ctm	-2.8
csm	-2.8
ptm	-2.2
alv	-1.5
mamón	-2.0
mamones	-2.0
mamona	-2.0
mamonas	-2.0
mamon	-2.0
culero	-2.8
culera	-2.8
culeros	-2.8
culeras	-2.8
maldito	-2.4
maldita	-2.4
malditos	-2.4
malditas	-2.4
maldita sea	-2.6
maldición	-2.2
maldicion	-2.2
wtf	-1.8
wth	-1.5
fck	-2.0
fuck	-2.0
shit	-2.0
damn	-1.2
zorra	-2.6
perra	-2.2
cerdo	-2.0
cerda	-2.0
cerdos	-2.0
cerdas	-2.0
asqueroso	-3.1
asquerosa	-3.1
asquerosos	-3.1
asquerosas	-3.1
asquerosidad	-3.0
asco	-2.9
ascazo	-3.3
qué asco	-3.2
que asco	-3.2
# --- negative adjectives ---
malo	-2.2
mala	-2.2
malos	-2.2
malas	-2.2
mal	-1.9
malísimo	-3.0
malísima	-3.0
malísimos	-3.0
malísimas	-3.0
malisimo	-3.0
malisima	-3.0
malisimos	-3.0
malisimas	-3.0
peor	-2.4
peores	-2.4
pésimo	-3.3
pésima	-3.3
pésimos	-3.3
pésimas	-3.3
pesimo	-3.3
pesima	-3.3
pesimos	-3.3
pesimas	-3.3
fatal	-2.9
fatales	-2.9
horrible	-3.0
horribles	-3.0
horroroso	-3.1
horrorosa	-3.1
horrorosos	-3.1
horrorosas	-3.1
horrendo	-3.1
horrenda	-3.1
horrendos	-3.1
horrendas	-3.1
terrible	-3.0
terribles	-3.0
espantoso	-3.0
espantosa	-3.0
espantosos	-3.0
espantosas	-3.0
atroz	-3.2
atroces	-3.2
nefasto	-3.0
nefasta	-3.0
nefastos	-3.0
nefastas	-3.0
lamentable	-2.7
lamentables	-2.7
deplorable	-3.0
deplorables	-3.0
penoso	-2.4
penosa	-2.4
penosos	-2.4
penosas	-2.4
patético	-2.9
patética	-2.9
patéticos	-2.9
patéticas	-2.9
patetico	-2.9
patetica	-2.9
pateticos	-2.9
pateticas	-2.9
vergonzoso	-2.7
vergonzosa	-2.7
vergonzosos	-2.7
vergonzosas	-2.7
indignante	-3.0
indignantes	-3.0
repugnante	-3.3
repugnantes	-3.3
nauseabundo	-3.1
nauseabunda	-3.1
nauseabundos	-3.1
nauseabundas	-3.1
vomitivo	-3.0
vomitiva	-3.0
vomitivos	-3.0
vomitivas	-3.0
cutre	-1.8
cutres	-1.8
chungo	-1.7
chunga	-1.7
chungos	-1.7
chungas	-1.7
feo	-2.0
fea	-2.0
feos	-2.0
feas	-2.0
feísimo	-2.8
feísima	-2.8
feísimos	-2.8
feísimas	-2.8
desagradable	-2.2
desagradables	-2.2
aburrido	-1.9
aburrida	-1.9
aburridos	-1.9
aburridas	-1.9
aburridísimo	-2.6
aburridísima	-2.6
aburridísimos	-2.6
aburridísimas	-2.6
aburrimiento	-1.9
aburre	-1.8
aburren	-1.8
me aburro	-2.0
pesado	-1.5
pesada	-1.5
pesados	-1.5
pesadas	-1.5
insoportable	-2.9
insoportables	-2.9
inaguantable	-2.9
inaguantables	-2.9
irritante	-2.4
irritantes	-2.4
molesto	-1.9
molesta	-1.9
molestos	-1.9
molestas	-1.9
odioso	-2.8
odiosa	-2.8
odiosos	-2.8
odiosas	-2.8
detestable	-3.0
detestables	-3.0
triste	-2.2
tristes	-2.2
tristísimo	-2.8
tristísima	-2.8
tristísimos	-2.8
tristísimas	-2.8
tristeza	-2.4
tristezas	-2.4
infeliz	-2.4
infelices	-2.4
desgraciado	-2.6
desgraciada	-2.6
desgraciados	-2.6
desgraciadas	-2.6
deprimido	-2.6
deprimida	-2.6
deprimidos	-2.6
deprimidas	-2.6
deprimente	-2.5
deprimentes	-2.5
depresión	-2.5
depresion	-2.5
desanimado	-2.0
desanimada	-2.0
desanimados	-2.0
desanimadas	-2.0
desmotivado	-1.9
desmotivada	-1.9
desmotivados	-1.9
desmotivadas	-1.9
decepcionado	-2.4
decepcionada	-2.4
decepcionados	-2.4
decepcionadas	-2.4
decepcionante	-2.5
decepcionantes	-2.5
decepción	-2.4
decepcion	-2.4
decepciona	-2.4
decepcionó	-2.5
desilusión	-2.2
desilusionado	-2.2
desilusionada	-2.2
desilusionados	-2.2
desilusionadas	-2.2
frustrado	-2.2
frustrada	-2.2
frustrados	-2.2
frustradas	-2.2
frustrante	-2.3
frustrantes	-2.3
frustración	-2.2
enfadado	-2.2
enfadada	-2.2
enfadados	-2.2
enfadadas	-2.2
enojado	-2.2
enojada	-2.2
enojados	-2.2
enojadas	-2.2
cabreado	-2.5
cabreada	-2.5
cabreados	-2.5
cabreadas	-2.5
cabreo	-2.4
cabrea	-2.3
encabronado	-2.6
encabronada	-2.6
encabronados	-2.6
encabronadas	-2.6
emputado	-2.6
emputada	-2.6
emputados	-2.6
emputadas	-2.6
furioso	-2.8
furiosa	-2.8
furiosos	-2.8
furiosas	-2.8
indignado	-2.5
indignada	-2.5
indignados	-2.5
indignadas	-2.5
harto	-2.3
harta	-2.3
hartos	-2.3
hartas	-2.3
hartazgo	-2.3
podrido	-2.0
podrida	-2.0
podridos	-2.0
podridas	-2.0
preocupado	-1.5
preocupada	-1.5
preocupados	-1.5
preocupadas	-1.5
preocupante	-1.8
preocupantes	-1.8
preocupación	-1.4
nervioso	-1.0
nerviosa	-1.0
nerviosos	-1.0
nerviosas	-1.0
agobiado	-1.8
agobiada	-1.8
agobiados	-1.8
agobiadas	-1.8
agobio	-1.8
estresado	-1.9
estresada	-1.9
estresados	-1.9
estresadas	-1.9
estrés	-1.7
estres	-1.7
ansiedad	-1.9
angustia	-2.3
angustiado	-2.3
angustiada	-2.3
angustiados	-2.3
angustiadas	-2.3
asustado	-1.8
asustada	-1.8
asustados	-1.8
asustadas	-1.8
miedo	-1.8
miedos	-1.6
pánico	-2.2
panico	-2.2
terror	-2.5
aterrador	-2.6
aterradores	-2.6
aterradora	-2.6
aterradoras	-2.6
soledad	-1.6
cansado	-1.4
cansada	-1.4
cansados	-1.4
cansadas	-1.4
cansancio	-1.4
agotado	-1.5
agotada	-1.5
agotados	-1.5
agotadas	-1.5
enfermo	-1.8
enferma	-1.8
enfermos	-1.8
enfermas	-1.8
enfermedad	-1.8
dolor	-1.9
dolores	-1.9
duele	-1.8
duelen	-1.8
dolió	-1.8
doloroso	-2.2
dolorosa	-2.2
dolorosos	-2.2
dolorosas	-2.2
herido	-1.8
herida	-1.8
heridos	-1.8
heridas	-1.8
roto	-1.6
rota	-1.6
rotos	-1.6
rotas	-1.6
rompió	-1.2
rompe	-0.8
jodido	-2.4
jodida	-2.4
jodidos	-2.4
jodidas	-2.4
fastidiado	-1.8
fastidiada	-1.8
fastidiados	-1.8
fastidiadas	-1.8
fastidio	-1.8
fastidia	-1.9
inútil	-2.5
inútiles	-2.5
inutil	-2.5
inutiles	-2.5
incompetente	-2.7
incompetentes	-2.7
incompetencia	-2.7
ineficaz	-2.0
ineficiente	-2.1
ineficientes	-2.1
lento	-1.4
lenta	-1.4
lentos	-1.4
lentas	-1.4
lentísimo	-2.2
lentísima	-2.2
lentísimos	-2.2
lentísimas	-2.2
lentitud	-1.6
caro	-1.2
cara	-1.2
caros	-1.2
caras	-1.2
carísimo	-1.9
carísima	-1.9
carísimos	-1.9
carísimas	-1.9
carisimo	-1.9
carisima	-1.9
carisimos	-1.9
carisimas	-1.9
sucio	-1.8
sucia	-1.8
sucios	-1.8
sucias	-1.8
falso	-2.0
falsa	-2.0
falsos	-2.0
falsas	-2.0
falsedad	-2.2
mentiroso	-2.7
mentirosa	-2.7
mentirosos	-2.7
mentirosas	-2.7
mentira	-2.2
mentiras	-2.2
miente	-2.2
mienten	-2.2
mintió	-2.3
hipócrita	-2.6
hipócritas	-2.6
hipocresía	-2.5
hipocresia	-2.5
corrupto	-2.8
corrupta	-2.8
corruptos	-2.8
corruptas	-2.8
corrupción	-2.6
corrupcion	-2.6
injusto	-2.2
injusta	-2.2
injustos	-2.2
injustas	-2.2
injusticia	-2.5
cruel	-2.7
crueles	-2.7
crueldad	-2.9
malvado	-2.8
malvada	-2.8
malvados	-2.8
malvadas	-2.8
egoísta	-2.2
egoístas	-2.2
egoista	-2.2
egoistas	-2.2
envidioso	-1.9
envidiosa	-1.9
envidiosos	-1.9
envidiosas	-1.9
envidia	-1.6
celoso	-1.2
celosa	-1.2
celosos	-1.2
celosas	-1.2
celos	-1.3
arrogante	-2.2
arrogantes	-2.2
prepotente	-2.4
prepotentes	-2.4
soberbio	-1.0
soberbia	-1.0
soberbios	-1.0
soberbias	-1.0
grosero	-2.4
grosera	-2.4
groseros	-2.4
groseras	-2.4
maleducado	-2.4
maleducada	-2.4
maleducados	-2.4
maleducadas	-2.4
borde	-1.0
bordes	-1.0
antipático	-2.0
antipática	-2.0
antipáticos	-2.0
antipáticas	-2.0
antipatico	-2.0
antipatica	-2.0
antipaticos	-2.0
antipaticas	-2.0
desagradecido	-2.0
desagradecida	-2.0
desagradecidos	-2.0
desagradecidas	-2.0
cobarde	-2.3
cobardes	-2.3
ridículo	-2.3
ridícula	-2.3
ridículos	-2.3
ridículas	-2.3
ridiculo	-2.3
ridicula	-2.3
ridiculos	-2.3
ridiculas	-2.3
absurdo	-1.9
absurda	-1.9
absurdos	-1.9
absurdas	-1.9
inaceptable	-2.8
inaceptables	-2.8
intolerable	-2.8
intolerables	-2.8
vergüenza	-2.2
verguenza	-2.2
vergüenzas	-2.0
qué vergüenza	-2.7
que verguenza	-2.7
vergonzante	-2.5
vergonzantes	-2.5
ignorante	-2.2
ignorantes	-2.2
ignorancia	-2.0
mediocre	-2.0
mediocres	-2.0
mediocridad	-2.2
débil	-1.0
débiles	-1.0
inseguro	-1.2
insegura	-1.2
inseguros	-1.2
inseguras	-1.2
peligroso	-1.8
peligrosa	-1.8
peligrosos	-1.8
peligrosas	-1.8
peligro	-1.6
grave	-1.6
graves	-1.6
gravísimo	-2.4
gravísima	-2.4
gravísimos	-2.4
gravísimas	-2.4
problemático	-1.8
problemática	-1.8
problemáticos	-1.8
problemáticas	-1.8
complicado	-1.0
complicada	-1.0
complicados	-1.0
complicadas	-1.0
difícil	-1.0
difíciles	-1.0
dificil	-1.0
dificiles	-1.0
imposible	-1.4
imposibles	-1.4
negativo	-1.6
negativa	-1.6
negativos	-1.6
negativas	-1.6
inútilmente	-1.8
malamente	-2.0
fatalmente	-2.3
horriblemente	-2.8
tristemente	-2.0
desgraciadamente	-2.0
lamentablemente	-2.2
por desgracia	-2.0
desafortunadamente	-1.9
desastre	-3.0
desastres	-3.0
desastroso	-3.1
desastrosa	-3.1
desastrosos	-3.1
desastrosas	-3.1
catástrofe	-3.0
catastrofe	-3.0
catastrófico	-3.1
catastrófica	-3.1
catastróficos	-3.1
catastróficas	-3.1
ruina	-2.4
caos	-2.0
crisis	-1.4
fracaso	-2.6
fracasos	-2.6
fracasado	-2.6
fracasada	-2.6
fracasados	-2.6
fracasadas	-2.6
fracasar	-2.4
fracasó	-2.6
fallo	-1.8
fallos	-1.8
falla	-1.7
fallas	-1.7
falló	-1.9
error	-1.7
errores	-1.7
problema	-1.5
problemas	-1.5
problemón	-2.2
lío	-1.2
culpa	-1.3
queja	-1.6
quejas	-1.6
quejarse	-1.4
reclamo	-1.4
reclamación	-1.3
reclamacion	-1.3
denuncia	-1.3
estafa	-3.2
estafas	-3.2
estafador	-3.2
estafadores	-3.2
estafadora	-3.2
estafadoras	-3.2
estafado	-3.0
estafada	-3.0
estafados	-3.0
estafadas	-3.0
estafaron	-3.2
timo	-3.0
timo total	-3.4
timado	-3.0
timada	-3.0
timados	-3.0
timadas	-3.0
robo	-2.6
robar	-2.3
robaron	-2.6
ladrón	-2.8
ladrones	-2.8
ladrona	-2.8
ladronas	-2.8
ladron	-2.8
abuso	-2.6
abusivo	-2.6
abusiva	-2.6
abusivos	-2.6
abusivas	-2.6
engaño	-2.7
engaños	-2.7
engañoso	-2.6
engañosa	-2.6
engañosos	-2.6
engañosas	-2.6
engañado	-2.6
engañada	-2.6
engañados	-2.6
engañadas	-2.6
engañan	-2.6
fraude	-3.0
fraudes	-3.0
cobro indebido	-2.8
sobrecargo	-1.8
basura	-2.8
basuras	-2.8
porquería	-2.9
porqueria	-2.9
chapuza	-2.5
chapuzas	-2.5
bodrio	-2.6
mamarracho	-2.4
patraña	-2.4
birria	-2.3
caca	-1.8
cagada	-2.5
cagadas	-2.5
cagar	-1.2
cagó	-1.8
la cagó	-2.5
la cagaste	-2.5
la cagué	-2.3
cagarla	-2.3
cagarse	-1.0
muerte	-2.3
muertes	-2.3
muerto	-1.8
muerta	-1.8
muertos	-1.8
muertas	-1.8
morir	-1.9
murió	-2.4
muere	-2.2
mueren	-2.2
matar	-2.4
mata	-1.8
mató	-2.7
asesinato	-3.2
asesinado	-3.1
asesinada	-3.1
asesinados	-3.1
asesinadas	-3.1
asesino	-3.2
asesina	-3.2
asesinos	-3.2
asesinas	-3.2
crimen	-2.8
criminal	-2.8
criminales	-2.8
violencia	-2.8
violento	-2.6
violenta	-2.6
violentos	-2.6
violentas	-2.6
violación	-3.2
violacion	-3.2
agresión	-2.7
agresion	-2.7
ataque	-2.2
atentado	-3.0
guerra	-2.6
guerras	-2.6
tragedia	-3.0
trágico	-2.8
trágica	-2.8
trágicos	-2.8
trágicas	-2.8
tragico	-2.8
tragica	-2.8
tragicos	-2.8
tragicas	-2.8
accidente	-2.0
víctima	-2.3
victima	-2.3
víctimas	-2.3
victimas	-2.3
sufrir	-2.2
sufro	-2.2
sufre	-2.1
sufrimiento	-2.6
sufriendo	-2.3
llorar	-1.8
lloro	-1.8
llora	-1.7
lloré	-1.9
llorando	-1.9
lágrimas	-1.5
lagrimas	-1.5
llanto	-2.0
llorón	-1.6
llorones	-1.6
llorona	-1.6
lloronas	-1.6
odio	-2.9
odiar	-2.8
odias	-2.7
odia	-2.7
odian	-2.7
odié	-2.8
odiamos	-2.8
detesto	-3.0
detestar	-2.9
aborrezco	-3.0
desprecio	-2.6
despreciable	-3.0
despreciables	-3.0
rabia	-2.3
ira	-2.5
enfado	-2.1
enojo	-2.1
bronca	-1.9
coraje	-1.0
indignación	-2.5
indignacion	-2.5
me indigna	-2.8
indigna	-2.6
molestan	-1.8
molestia	-1.6
molestias	-1.6
joroba	-1.5
fastidiar	-1.6
arruinar	-2.4
arruinó	-2.6
arruinado	-2.6
arruinada	-2.6
arruinados	-2.6
arruinadas	-2.6
destrozado	-2.6
destrozada	-2.6
destrozados	-2.6
destrozadas	-2.6
destruir	-2.4
destruido	-2.4
destruida	-2.4
destruidos	-2.4
destruidas	-2.4
perder	-1.4
perdí	-1.8
perdimos	-1.9
perdió	-1.5
perdido	-1.2
perdida	-1.2
perdidos	-1.2
perdidas	-1.2
pérdida	-1.6
derrota	-2.2
derrotado	-2.0
derrotada	-2.0
derrotados	-2.0
derrotadas	-2.0
fallecer	-2.3
falleció	-2.5
luto	-2.4
descanse en paz	-1.0
dep	-1.0
rip	-1.0
pobre	-1.3
pobres	-1.3
pobrecito	-1.5
pobrecita	-1.5
pobrecitos	-1.5
pobrecitas	-1.5
pobreza	-1.8
hambre	-0.6
miseria	-2.5
miserable	-2.7
miserables	-2.7
desgracia	-2.6
desgracias	-2.6
mala suerte	-2.2
pesadilla	-2.6
infierno	-2.6
horror	-2.9
horrores	-2.9
qué horror	-3.0
que horror	-3.0
amenaza	-2.0
amenazas	-2.0
acoso	-2.7
racista	-2.7
racistas	-2.7
racismo	-2.8
machista	-2.5
machistas	-2.5
machismo	-2.5
facha	-2.2
fachas	-2.2
nazi	-2.6
nazis	-2.6
dictador	-2.4
dictadores	-2.4
dictadora	-2.4
dictadoras	-2.4
dictadura	-2.5
traición	-2.6
traicion	-2.6
traidor	-2.7
traidores	-2.7
traidora	-2.7
traidoras	-2.7
vago	-1.7
vaga	-1.7
vagos	-1.7
vagas	-1.7
flojo	-1.4
floja	-1.4
flojos	-1.4
flojas	-1.4
idiotez	-2.5
inepto	-2.7
inepta	-2.7
ineptos	-2.7
ineptas	-2.7
ineptitud	-2.7
ignorado	-1.7
ignorada	-1.7
ignorados	-1.7
ignoradas	-1.7
ignoran	-1.8
escándalo	-2.0
escandalo	-2.0
polémica	-0.8
quejica	-1.4
quejicas	-1.4
plasta	-1.7
plastas	-1.7
pringado	-1.8
pringada	-1.8
pringados	-1.8
pringadas	-1.8
gentuza	-2.8
chusma	-2.5
desmadre	-1.4
desprolijo	-1.5
desprolija	-1.5
desprolijos	-1.5
desprolijas	-1.5
desordenado	-1.2
desordenada	-1.2
desordenados	-1.2
desordenadas	-1.2
defectuoso	-2.4
defectuosa	-2.4
defectuosos	-2.4
defectuosas	-2.4
defecto	-1.6
defectos	-1.6
averiado	-2.0
averiada	-2.0
averiados	-2.0
averiadas	-2.0
avería	-1.9
averia	-1.9
estropeado	-2.1
estropeada	-2.1
estropeados	-2.1
estropeadas	-2.1
dañado	-2.0
dañada	-2.0
dañados	-2.0
dañadas	-2.0
daño	-1.9
daños	-1.9
caído	-1.2
caída	-1.2
caídos	-1.2
caídas	-1.2
se cayó	-1.4
no funciona	-2.4
no funcionan	-2.4
no va	-1.6
no anda	-1.8
no sirve	-2.4
no sirven	-2.4
no sirve para nada	-3.0
no vale nada	-2.6
no vale la pena	-2.4
no merece la pena	-2.4
no lo recomiendo	-2.6
no recomiendo	-2.6
no lo recomiendo para nada	-3.0
nunca más	-2.3
nunca mas	-2.3
jamás volveré	-2.8
no vuelvo	-2.4
no volveré	-2.5
no volvemos	-2.4
no compren	-2.6
no compréis	-2.6
eviten	-1.6
evitad	-1.6
sigo esperando	-2.2
seguimos esperando	-2.2
sigue sin	-1.5
siguen sin	-1.5
todavía nada	-1.8
todavia nada	-1.8
aún nada	-1.8
aun nada	-1.8
todavía no	-0.8
sin respuesta	-2.2
sin noticias	-1.2
nadie responde	-2.5
nadie contesta	-2.5
no contestan	-2.3
no responden	-2.3
no me contestan	-2.5
no me responden	-2.5
ni caso	-2.0
pasan de mí	-2.0
me tienen harto	-2.8
me tienen harta	-2.8
estoy harto	-2.7
estoy harta	-2.7
estoy hasta las narices	-2.7
hasta las narices	-2.6
hasta los huevos	-2.8
hasta el coño	-2.9
hasta la madre	-2.7
hasta la coronilla	-2.5
harto de	-2.3
harta de	-2.3
no puedo más	-2.4
no puedo mas	-2.4
no aguanto	-2.3
no soporto	-2.6
no lo soporto	-2.7
no la soporto	-2.7
no me gusta	-2.0
no me gustan	-2.0
no me gustó	-2.1
no me gusto	-2.1
no me gusta nada	-2.5
no me gusta para nada	-2.6
no me encanta	-1.0
no está mal	1.4
no esta mal	1.4
no estuvo mal	1.4
no es malo	1.0
no está nada mal	2.0
no esta nada mal	2.0
nada mal	1.6
no hay problema	1.2
sin problema	1.2
sin problemas	1.3
ningún problema	1.3
no pasa nada	0.8
no te preocupes	1.0
no os preocupéis	1.0
de nada	1.2
no me quejo	1.2
no está nada bien	-2.2
no esta nada bien	-2.2
nada bien	-1.8
no estoy bien	-2.2
no me siento bien	-2.0
no tiene precio	2.0
no tiene nombre	-2.2
no tienen vergüenza	-2.9
no tienen verguenza	-2.9
sinvergüenza	-2.7
sinvergüenzas	-2.7
sinverguenza	-2.7
sinverguenzas	-2.7
sin vergüenza	-2.5
no hay derecho	-2.5
no es justo	-2.2
no me lo creo	0.3
no puedo esperar	1.6
ojalá	0.4
ojala	0.4
qué bien	2.4
que bien	2.4
qué bueno	2.4
que bueno	2.4
qué lindo	2.6
que lindo	2.6
qué bonito	2.6
que bonito	2.6
qué guay	2.4
que guay	2.4
qué mal	-2.4
que mal	-2.4
qué pena	-2.2
que pena	-2.2
qué triste	-2.6
que triste	-2.6
qué rabia	-2.5
que rabia	-2.5
qué miedo	-1.8
que miedo	-1.8
qué fuerte	-0.6
que fuerte	-0.6
qué susto	-1.4
qué coraje	-2.0
qué bronca	-2.2
que bronca	-2.2
qué cagada	-2.5
qué lástima	-2.2
que lastima	-2.2
lástima	-1.9
lastima	-1.9
menos mal	1.2
por fin	1.2
al fin	1.0
gracias a dios	1.8
gracias a ti	2.3
gracias por todo	2.6
gracias por la ayuda	2.6
gracias por su ayuda	2.6
gracias por la respuesta	2.3
gracias por responder	2.3
gracias por la rápida respuesta	3.0
gracias por la rapida respuesta	3.0
gracias por su atención	2.2
muy amables	2.5
buen servicio	2.4
excelente servicio	3.2
excelente atención	3.2
muy buena atención	2.8
mala atención	-2.6
pésima atención	-3.3
pesima atencion	-3.3
pésimo servicio	-3.3
pesimo servicio	-3.3
mal servicio	-2.6
servicio pésimo	-3.3
atención al cliente pésima	-3.3
atención pésima	-3.3
llegó roto	-2.5
llegó rota	-2.5
llegó dañado	-2.4
llegó tarde	-1.8
no llegó	-2.3
nunca llegó	-2.8
no ha llegado	-2.0
no me ha llegado	-2.2
aún no llega	-2.0
todavía no llega	-2.0
pedido perdido	-2.5
paquete perdido	-2.5
me cobraron dos veces	-2.8
cobrado dos veces	-2.8
cobro doble	-2.6
me cobraron de más	-2.6
cobran de más	-2.5
reembolso denegado	-2.6
sin reembolso	-2.0
devuélvanme mi dinero	-2.6
quiero mi dinero	-2.0
me devolvieron el dinero	1.5
tiempo de espera	-1.0
me dejaron colgado	-2.4
me colgaron	-2.2
cancelaron	-1.6
cancelado	-1.2
cancelada	-1.2
cancelados	-1.2
canceladas	-1.2
cancelación	-1.0
retraso	-1.8
retrasos	-1.8
retrasado	-1.6
retrasada	-1.6
retrasados	-1.6
retrasadas	-1.6
demora	-1.7
demoras	-1.7
tarde	0
atraso	-1.7
colas	-0.6
esperando	0
espera	0
esperar	0
# --- more verbs (negative) ---
odiarte	-2.8
joderse	-1.8
quejar	-1.4
me quejo	-1.3
fallar	-1.6
fallan	-1.6
romper	-1.0
arruina	-2.4
destroza	-2.4
engañar	-2.4
estafar	-3.0
mentir	-2.2
molestar	-1.6
preocupa	-1.5
me preocupa	-1.7
temo	-1.5
temer	-1.4
lamento	-1.5
lamentar	-1.5
lo siento	-0.8
perdón	-0.3
perdon	-0.3
sorry	-0.5
llorarás	-1.5
apesta	-2.6
apestan	-2.6
apestoso	-2.4
apestosa	-2.4
apestosos	-2.4
apestosas	-2.4
cansa	-1.7
cansan	-1.7
me cansa	-2.0
hartan	-2.4
me harta	-2.6
rayado	-1.3
rayada	-1.3
rayados	-1.3
rayadas	-1.3
ralla	-1.5
raya	-0.2
agobia	-1.8
deprime	-2.4
entristece	-2.2
decepcionas	-2.4
rechazo	-1.6
rechazado	-1.8
rechazada	-1.8
rechazados	-1.8
rechazadas	-1.8
abandonado	-1.9
abandonada	-1.9
abandonados	-1.9
abandonadas	-1.9
sufrido	-1.5
ofendido	-1.8
ofendida	-1.8
ofendidos	-1.8
ofendidas	-1.8
ofende	-1.9
insulto	-2.2
insultos	-2.2
insultar	-2.2
burla	-1.6
humillación	-2.6
humillante	-2.7
humillantes	-2.7
ridiculez	-2.2
# --- general negative nouns ---
miedito	-1.2
problemita	-1.0
dolorcito	-1.2
tristón	-1.6
tristones	-1.6
tristona	-1.6
tristonas	-1.6
bajón	-2.0
bajon	-2.0
bajona	-2.0
depre	-2.2
mal rollo	-2.0
malrollo	-2.0
mala onda	-2.0
mal humor	-1.9
mala cara	-1.5
mala leche	-2.2
mala pata	-1.8
mala persona	-2.6
malas personas	-2.6
mala idea	-1.6
mala calidad	-2.5
de mala calidad	-2.5
baja calidad	-2.2
mal hecho	-2.0
peor es nada	0.3
lo peor	-3.0
el peor	-3.0
la peor	-3.0
lo mejor	2.8
el mejor	2.8
la mejor	2.8
los mejores	2.8
las mejores	2.8
de lo mejor	2.6
lo más	1.2
muy mal	-2.6
fatal fatal	-3.2
buen rollo	2.2
buenrollo	2.2
buena onda	2.3
buenaonda	2.3
buena vibra	2.2
buenas vibras	2.3
buen humor	2.0
buena gente	2.3
buena persona	2.4
buenas personas	2.4
buena suerte	2.0
buen trabajo	2.6
buena idea	1.8
buena pinta	1.7
buenos días	0.6
buenas noches	0.5
buenas tardes	0.5
buen día	1.0
buen finde	1.5
buen fin de semana	1.5
buen viaje	1.5
buen provecho	1.2
mucho ánimo	2.0
mucho animo	2.0
mucha suerte	2.0
mucha fuerza	1.7
fuerza y ánimo	2.0
a tope	2.0
de lujo	2.6
de diez	2.7
de 10	2.7
un 10	2.5
un diez	2.5
de película	2.3
de cine	2.1
de maravilla	2.8
a las mil maravillas	3.0
de rechupete	2.8
para chuparse los dedos	2.9
me muero de risa	2.4
muerto de risa	2.3
me parto	2.0
me meo	1.8
me meo de risa	2.5
me troncho	2.2
me cago de risa	2.3
cagado de risa	2.3
qué risa	2.0
que risa	2.0
qué gracia	1.6
mola mucho	2.6
me flipa	2.3
me flipan	2.3
me mata	1.0
me muero	0.3
estoy muerto	-0.5
de puta pena	-3.0
una puta pena	-3.0
una pena	-2.0
da pena	-2.1
da asco	-3.0
dan asco	-3.0
me da asco	-3.1
da miedo	-1.8
da rabia	-2.3
me da rabia	-2.4
me da pena	-2.0
da grima	-2.2
da vergüenza	-2.5
da verguenza	-2.5
da igual	-0.6
me da igual	-0.8
me vale	-0.8
me la suda	-1.4
ni fu ni fa	-0.5
así así	-0.3
más o menos	-0.3
regular	-0.6
normalito	-0.2
normalita	-0.2
normalitos	-0.2
normalitas	-0.2
ni tan mal	0.8
no tan mal	0.6
pasable	0.3
pasables	0.3
aceptable	0.8
aceptables	0.8
decente	1.1
decentes	1.1
correctito	0.6
correctita	0.6
correctitos	0.6
correctitas	0.6
del montón	-0.8
sin más	-0.4
ni fu	-0.3
meh meh	-0.8
tela	-0.8
tela marinera	-1.2
manda huevos	-2.0
manda narices	-2.0
qué cojones	-1.8
me cago en	-2.6
me cago en todo	-3.0
me cago en la puta	-3.2
vete a la mierda	-3.2
váyanse a la mierda	-3.2
a la mierda	-2.6
que te den	-2.6
que os den	-2.6
que les den	-2.6
vete al carajo	-3.0
al carajo	-2.4
me cae mal	-2.2
me caen mal	-2.2
me cae bien	2.0
me caen bien	2.0
me cae gordo	-2.2
cae mal	-2.0
cae bien	1.8
me saca de quicio	-2.7
sacar de quicio	-2.5
me pone de los nervios	-2.6
de los nervios	-1.8
de mal en peor	-2.7
cada vez peor	-2.4
cada vez mejor	2.2
me pone de mal humor	-2.5
me pone triste	-2.4
me pone feliz	2.6
me hace feliz	2.8
me hace reír	2.2
me hace reir	2.2
me alegra	2.4
me alegro	2.3
nos alegra	2.4
alegra	2.2
alegrarse	2.0
me alegraste el día	3.0
me has alegrado el día	3.0
me ha alegrado el día	3.0
alegrón	2.7
alegron	2.7
pelotudo	-2.6
pelotuda	-2.6
pelotudos	-2.6
pelotudas	-2.6
pelotudez	-2.4
forro	-1.8
forra	-1.8
forros	-1.8
forras	-1.8
gil	-1.8
giles	-1.8
chanta	-2.2
trucho	-1.8
trucha	-1.8
truchos	-1.8
truchas	-1.8
berrinche	-1.6
quilombo	-1.6
cagón	-2.0
cagones	-2.0
cagona	-2.0
cagonas	-2.0
mala praxis	-2.4
huevada	-1.4
weón	-1.2
weon	-1.2
weona	-1.2
hueón	-1.2
fome	-1.8
fomes	-1.8
qué lata	-1.8
que lata	-1.8
penca	-1.7
pencas	-1.7
filete	1.2
la raja	2.6
bkn	2.2
xvr	2.2
genial genial	3.2
brutal brutal	2.6
pasote	2.4
fuertísimo	-0.5
pintaza	2.2
temazo	2.8
temazos	2.8
partidazo	2.6
golazo	2.6
golazos	2.6
peliculón	2.6
peliculon	2.6
cochazo	2.0
casoplón	1.6
bellezura	2.6
churro	-0.5
timador	-3.0
timadores	-3.0
timadora	-3.0
timadoras	-3.0
pirata	-1.0
spam	-1.4
virus	-1.2
caída del servicio	-2.0
sin internet	-1.8
sin luz	-1.6
sin señal	-1.8
sin cobertura	-1.8
se cuelga	-2.0
se colgó	-2.0
se traba	-1.9
se bloquea	-1.9
se bloqueó	-1.9
bloqueado	-1.3
bloqueada	-1.3
bloqueados	-1.3
bloqueadas	-1.3
no carga	-1.8
no abre	-1.8
no puedo entrar	-2.0
no me deja	-1.6
me dejó tirado	-2.5
me dejaron tirado	-2.5
dejó tirado	-2.4
pérdida de tiempo	-2.6
perdida de tiempo	-2.6
pérdida de dinero	-2.6
tirar el dinero	-2.4
dinero tirado	-2.5
un robo	-2.8
es un robo	-3.0
una estafa	-3.2
es una estafa	-3.3
ni de coña	-1.8
ni de broma	-1.6
ni loco	-1.2
ni en broma	-1.6
# --- more positive vocab ---
mejorado	1.5
mejorada	1.5
mejorados	1.5
mejoradas	1.5
recomendado	2.0
recomendada	2.0
recomendados	2.0
recomendadas	2.0
impecable	3.0
impecables	3.0
inmejorable	3.2
inmejorables	3.2
insuperable	3.0
insuperables	3.0
sublime	3.0
sublimes	3.0
fascinante	2.7
fascinantes	2.7
apasionante	2.5
apasionantes	2.5
cautivador	2.5
cautivadores	2.5
cautivadora	2.5
cautivadoras	2.5
acogedor	2.0
acogedores	2.0
acogedora	2.0
acogedoras	2.0
amigable	1.8
amigables	1.8
atractivo	2.0
atractiva	2.0
atractivos	2.0
atractivas	2.0
sexy	1.8
sensual	1.5
sensuales	1.5
lujoso	1.8
lujosa	1.8
lujosos	1.8
lujosas	1.8
exclusivo	1.0
exclusiva	1.0
exclusivos	1.0
exclusivas	1.0
divertidísimo	2.9
divertidísima	2.9
divertidísimos	2.9
divertidísimas	2.9
graciosísimo	2.5
graciosísima	2.5
graciosísimos	2.5
graciosísimas	2.5
chistoso	1.6
chistosa	1.6
chistosos	1.6
chistosas	1.6
cómico	1.4
cómica	1.4
cómicos	1.4
cómicas	1.4
tranqui	1.0
feliz feliz	3.2
bendecido	2.6
bendecida	2.6
bendecidos	2.6
bendecidas	2.6
agradecidísimo	3.0
agradecidísima	3.0
agradecidísimos	3.0
agradecidísimas	3.0
orgullosísimo	2.8
orgullosísima	2.8
orgullosísimos	2.8
orgullosísimas	2.8
emocionadísimo	2.8
emocionadísima	2.8
emocionadísimos	2.8
emocionadísimas	2.8
ilusionadísimo	2.8
ilusionadísima	2.8
ilusionadísimos	2.8
ilusionadísimas	2.8
encantadísimo	3.0
encantadísima	3.0
encantadísimos	3.0
encantadísimas	3.0
contentísimo	3.0
contentísima	3.0
contentísimos	3.0
contentísimas	3.0
buenazo	2.4
buenaza	2.4
buenazos	2.4
buenazas	2.4
majo	2.0
maja	2.0
majos	2.0
majas	2.0
majete	1.9
majetes	1.9
apañado	1.3
apañada	1.3
apañados	1.3
apañadas	1.3
salado	0.3
salada	0.3
salados	0.3
saladas	0.3
resalado	1.5
resalada	1.5
resalados	1.5
resaladas	1.5
ameno	1.8
amena	1.8
amenos	1.8
amenas	1.8
fino fino	1.5
excelencia	2.8
perfección	2.8
perfeccion	2.8
optimista	1.8
optimistas	1.8
optimismo	1.9
pesimista	-1.5
pesimistas	-1.5
pesimismo	-1.6
entusiasmo	2.2
pasión	2.1
pasion	2.1
emoción	1.8
emocion	1.8
emociones	1.5
admiración	2.3
admiracion	2.3
cariñito	2.2
guapura	2.4
agradecimiento	2.3
satisfacción	2.3
satisfaccion	2.3
alivio	1.6
aliviado	1.5
aliviada	1.5
aliviados	1.5
aliviadas	1.5
fortuna	1.6
milagro	1.8
sueño	0.8
sueños	1.0
soñar	1.0
maravillarse	2.4
heroico	2.4
heroica	2.4
heroicos	2.4
heroicas	2.4
héroe	2.4
heroe	2.4
héroes	2.4
heroína	1.5
leyenda	2.0
reina	1.2
rey	0.6
grande	0.8
grandes	0.8
enorme	0.5
grandeza	2.0
grandísimo	1.5
grandísima	1.5
grandísimos	1.5
grandísimas	1.5
superior	1.2
valer	0.5
acertado	1.9
acertada	1.9
acertados	1.9
acertadas	1.9
acierto	2.0
aciertos	2.0
acertar	1.5
logrado	1.8
lograda	1.8
logrados	1.8
logradas	1.8
conseguido	1.5
conseguida	1.5
conseguidos	1.5
conseguidas	1.5
ganado	1.0
merecido	1.8
merecida	1.8
merecidos	1.8
merecidas	1.8
bien merecido	2.4
bien hecho	2.4
bien dicho	2.0
muy buena	2.4
muy bueno	2.4
muy buenos	2.4
muy buenas	2.4
viva	1.4
vivan	1.4
vamos	0
vamo	0.8
vamoos	1.5
vamos vamos	1.6
aúpa	1.6
aupa	1.6
animo animo	2.0
a por ellos	1.6
sí señor	1.8
si señor	1.8
que viva	1.8
qué alegría	3.0
que alegria	3.0
qué felicidad	3.0
que felicidad	3.0
qué maravilla	3.1
que maravilla	3.1
qué belleza	3.0
que belleza	3.0
qué pasada	2.7
que pasada	2.7
qué gozada	2.9
qué crack	2.7
que crack	2.7
qué grande	2.4
que grande	2.4
qué ganas	1.8
que ganas	1.8
con ganas	1.0
tengo ganas	1.4
tengo muchas ganas	2.0
qué ilusión	2.4
que ilusion	2.4
qué suerte	2.2
que suerte	2.2
qué orgullo	2.6
que orgullo	2.6
de lo más	0.5
lo máximo	2.7
lo maximo	2.7
máximo	0.5
máxima	0.5
máximos	0.5
máximas	0.5
al máximo	1.2
a full	1.5
fan	1.2
fans	1.0
fanático	0.8
fanática	0.8
fanáticos	0.8
fanáticas	0.8
adicto	0.8
adicta	0.8
adictos	0.8
adictas	0.8
enganchado	1.0
enganchada	1.0
enganchados	1.0
enganchadas	1.0
me enganchó	1.8
me enganché	1.5
recomendación	0.8
gratis	0.8
gratuito	0.6
gratuita	0.6
gratuitos	0.6
gratuitas	0.6
oferta	0.4
descuento	0.6
barato	0.8
barata	0.8
baratos	0.8
baratas	0.8
económico	0.5
económica	0.5
económicos	0.5
económicas	0.5
ganga	1.8
chollo	2.0
chollazo	2.5
premiado	1.8
premiada	1.8
premiados	1.8
premiadas	1.8
interesantísimo	2.3
interesantísima	2.3
interesantísimos	2.3
interesantísimas	2.3
# --- Latin American slang and misc ---
chimba	2.0
qué chimba	2.7
que chimba	2.7
bacanísimo	2.8
bacanísima	2.8
bacanísimos	2.8
bacanísimas	2.8
chévere chévere	2.6
buenardo	2.3
buenarda	2.3
buenardos	2.3
buenardas	2.3
cheto	0.3
cheta	0.3
chetos	0.3
chetas	0.3
rebueno	2.6
rebuena	2.6
rebuenos	2.6
rebuenas	2.6
rebién	2.4
regio	2.0
regia	2.0
regios	2.0
regias	2.0
macanudo	2.2
macanuda	2.2
macanudos	2.2
macanudas	2.2
genioso	-1.5
geniosa	-1.5
geniosos	-1.5
geniosas	-1.5
arrecho	-1.5
arrecha	-1.5
arrechos	-1.5
arrechas	-1.5
bravo bravo	2.8
emberracado	-2.4
emberracada	-2.4
emberracados	-2.4
emberracadas	-2.4
berraco	1.5
berraca	1.5
berracos	1.5
berracas	1.5
ladilla	-1.8
vaina	-0.3
joda	-1.2
naco	-1.6
naca	-1.6
nacos	-1.6
nacas	-1.6
mamadas	-2.0
mamada	-1.8
qué oso	-1.5
que oso	-1.5
chafa	-2.0
chafas	-2.0
gacho	-2.0
gacha	-2.0
gachos	-2.0
gachas	-2.0
neta	0.3
no mames	-0.5
órale	1.2
orale	1.2
chingón	2.5
chingones	2.5
chingona	2.5
chingonas	2.5
chingon	2.5
perrón	2.4
perrones	2.4
perrona	2.4
perronas	2.4
perron	2.4
fregado	-1.8
fregada	-1.8
fregados	-1.8
fregadas	-1.8
friega	-0.8
flojera	-1.3
pereza	-1.4
qué pereza	-1.9
que pereza	-1.9
me da pereza	-1.7
aguafiestas	-1.8
amargado	-2.0
amargada	-2.0
amargados	-2.0
amargadas	-2.0
amargura	-2.2
rencor	-2.2
resentido	-1.9
resentida	-1.9
resentidos	-1.9
resentidas	-1.9
venganza	-1.8
vengativo	-2.0
vengativa	-2.0
vengativos	-2.0
vengativas	-2.0
cínico	-1.9
cínica	-1.9
cínicos	-1.9
cínicas	-1.9
cinico	-1.9
cinica	-1.9
cinicos	-1.9
cinicas	-1.9
inmoral	-2.6
inmorales	-2.6
indecente	-2.4
indecentes	-2.4
vulgar	-1.7
vulgares	-1.7
obsceno	-2.0
obscena	-2.0
obscenos	-2.0
obscenas	-2.0
ofensivo	-2.3
ofensiva	-2.3
ofensivos	-2.3
ofensivas	-2.3
tóxico	-2.2
tóxica	-2.2
tóxicos	-2.2
tóxicas	-2.2
toxico	-2.2
toxica	-2.2
toxicos	-2.2
toxicas	-2.2
radical	-0.8
radicales	-0.8
extremista	-1.8
extremistas	-1.8
terrorista	-3.0
terroristas	-3.0
terrorismo	-3.0
secuestro	-3.0
secuestrado	-2.8
secuestrada	-2.8
secuestrados	-2.8
secuestradas	-2.8
tortura	-3.2
esclavitud	-3.0
abusador	-3.0
abusadores	-3.0
abusadora	-3.0
abusadoras	-3.0
pederasta	-3.5
pederastas	-3.5
golpe	-1.2
golpes	-1.4
pelea	-1.8
peleas	-1.8
discusión	-1.0
conflicto	-1.6
protesta	-0.5
despido	-1.8
despidos	-1.8
despedido	-1.6
despedida	-1.6
despedidos	-1.6
despedidas	-1.6
paro	-0.8
desempleo	-1.8
deuda	-1.3
deudas	-1.4
multa	-1.4
impuestos	-0.4
recortes	-1.6
recorte	-1.4
subida	0
inflación	-1.2
quiebra	-2.2
fraude fiscal	-2.8
evasión	-1.4
mafia	-2.6
mafioso	-2.6
mafiosa	-2.6
mafiosos	-2.6
mafiosas	-2.6
chorizo	0
choriza	0
chorizos	0
chorizas	0

# --- more vocabulary: feelings, character, everyday complaints ---
raro	-0.6
rara	-0.6
raros	-0.6
raras	-0.6
rarísimo	-1.0
rarísima	-1.0
rarísimos	-1.0
rarísimas	-1.0
extraño	0
extraña	0
extraños	0
extrañas	0
devastador	-2.8
devastadores	-2.8
devastadora	-2.8
devastadoras	-2.8
devastado	-2.7
devastada	-2.7
devastados	-2.7
devastadas	-2.7
desesperado	-2.2
desesperada	-2.2
desesperados	-2.2
desesperadas	-2.2
desesperación	-2.4
desesperacion	-2.4
desesperante	-2.4
desesperantes	-2.4
desespera	-2.2
me desespera	-2.4
cólera	-2.2
colera	-2.0
qué cólera	-2.6
que colera	-2.6
duro	-0.8
dura	-0.8
duros	-0.8
duras	-0.8
durísimo	-1.6
durísima	-1.6
durísimos	-1.6
durísimas	-1.6
perverso	-1.9
perversa	-1.9
perversos	-1.9
perversas	-1.9
ilegal	-1.6
ilegales	-1.6
incapaz	-1.6
incapaces	-1.6
descarado	-2.0
descarada	-2.0
descarados	-2.0
descaradas	-2.0
descaro	-2.2
qué descaro	-2.6
cuesta arriba	-1.5
me hace falta	-0.6
me dejaron solo	-2.2
me dejaron sola	-2.2
me dejó	-0.8
no entiendo nada	-1.2
me suicido	-2.0
suicidio	-2.8
legendario	2.2
legendaria	2.2
legendarios	2.2
legendarias	2.2
épico	2.4
épica	2.4
épicos	2.4
épicas	2.4
epico	2.4
epica	2.4
epicos	2.4
epicas	2.4
mítico	2.0
mítica	2.0
míticos	2.0
míticas	2.0
mitico	2.0
mitica	2.0
miticos	2.0
miticas	2.0
histórico	0.5
histórica	0.5
históricos	0.5
históricas	0.5
carca	-1.5
carcas	-1.5
pelón	0
choca	-1.4
me choca	-1.8
me molesta	-2.2
me jode	-2.4
me fastidia	-2.2
me cabrea	-2.6
me enfada	-2.3
me enoja	-2.3
me pone	0
me revienta	-2.6
revienta	-1.5
me enerva	-2.5
me irrita	-2.4
irrita	-2.2
irritado	-2.2
irritada	-2.2
irritados	-2.2
irritadas	-2.2
nervios	-1.2
estresante	-2.1
estresantes	-2.1
me estresa	-2.1
agobiante	-2.0
agobiantes	-2.0
insufrible	-2.9
insufribles	-2.9
aguantar	-0.6
soportar	-0.6
me aburre	-2.0
tedioso	-2.0
tediosa	-2.0
tediosos	-2.0
tediosas	-2.0
monótono	-1.5
monótona	-1.5
monótonos	-1.5
monótonas	-1.5
cansino	-1.9
cansina	-1.9
cansinos	-1.9
cansinas	-1.9
repetitivo	-1.3
repetitiva	-1.3
repetitivos	-1.3
repetitivas	-1.3
previsible	-1.0
previsibles	-1.0
sobrevalorado	-1.8
sobrevalorada	-1.8
sobrevalorados	-1.8
sobrevaloradas	-1.8
mejorable	-0.8
mejorables	-0.8
flojito	-1.2
flojita	-1.2
flojitos	-1.2
flojitas	-1.2
regulín	-0.6
pasado de moda	-1.0
anticuado	-1.2
anticuada	-1.2
anticuados	-1.2
anticuadas	-1.2
hortera	-1.7
horteras	-1.7
cursi	-1.0
cursis	-1.0
ñoño	-1.3
ñoña	-1.3
ñoños	-1.3
ñoñas	-1.3
pedante	-1.8
pedantes	-1.8
chulería	-1.6
prepotencia	-2.3
arrogancia	-2.2
mezquino	-2.6
mezquina	-2.6
mezquinos	-2.6
mezquinas	-2.6
rastrero	-2.6
rastrera	-2.6
rastreros	-2.6
rastreras	-2.6
ruin	-2.6
ruines	-2.6
vil	-2.8
viles	-2.8
canalla	-2.6
canallas	-2.6
caradura	-2.4
caraduras	-2.4
jeta	-1.4
cara dura	-2.2
desvergonzado	-2.4
desvergonzada	-2.4
desvergonzados	-2.4
desvergonzadas	-2.4
fingido	-1.9
fingida	-1.9
fingidos	-1.9
fingidas	-1.9
manipulador	-2.4
manipuladores	-2.4
manipuladora	-2.4
manipuladoras	-2.4
manipulación	-2.2
mentirijilla	-0.8
bulo	-1.8
bulos	-1.8
calumnia	-2.4
difamación	-2.4
chantaje	-2.6
extorsión	-2.8
soborno	-2.7
despilfarro	-2.3
derroche	-2.0
desperdicio	-2.0
# --- positive everyday ---
legal	0.3
guapetona	2.4
monada	2.4
mono	1.2
mona	1.2
monos	1.2
monas	1.2
monísimo	2.6
monísima	2.6
monísimos	2.6
monísimas	2.6
cuqui	2.2
cuquis	2.2
cuchi	2.0
bonico	2.2
bonica	2.2
bonicos	2.2
bonicas	2.2
agradezco mucho	2.8
estoy feliz	3.0
estoy contento	2.6
estoy contenta	2.6
estoy orgulloso	2.6
estoy orgullosa	2.6
me siento bien	2.0
me siento genial	2.8
me siento feliz	2.9
me siento mal	-2.2
me siento fatal	-2.8
me siento solo	-2.0
me siento sola	-2.0
me siento triste	-2.4
sentirse bien	1.8
disfrutón	1.8
placentero	2.2
placentera	2.2
placenteros	2.2
placenteras	2.2
relajante	1.8
relajantes	1.8
reconfortante	2.2
reconfortantes	2.2
gratificante	2.5
gratificantes	2.5
satisfactorio	2.0
satisfactoria	2.0
satisfactorios	2.0
satisfactorias	2.0
enriquecedor	2.2
enriquecedores	2.2
enriquecedora	2.2
enriquecedoras	2.2
estimulante	1.8
estimulantes	1.8
refrescante	1.5
refrescantes	1.5
sorprendente	1.6
sorprendentes	1.6
sorpresa	0.8
qué sorpresa	1.2
me sorprendió	1.2
grata sorpresa	2.6
sorpresón	2.2
ternura	2.3
qué ternura	2.7
que ternura	2.7
qué mono	2.4
qué cuqui	2.5
amoroso	2.3
amorosa	2.3
amorosos	2.3
amorosas	2.3
amorcito	2.5
amorcitos	2.5
mi amor	2.2
mi vida	1.4
vida mía	2.0
te extraño	0.5
te echo de menos	0.5
extrañar	-0.3
nostalgia	-0.3
añoranza	-0.3
me emociona	2.2
me emocioné	2.2
emocionarse	1.8
conmueve	1.8
me conmueve	2.0
lloré de risa	2.5
lloro de risa	2.5
llorando de risa	2.5
descojono	2.2
descojonarse	2.0
qué risas	2.4
que risas	2.4
risueño	1.8
risueña	1.8
risueños	1.8
risueñas	1.8
sonriente	2.0
sonrientes	2.0
feliz de	2.4
ganas de	0.8
me muero de ganas	2.2
pasándolo bien	2.4
pasarlo bien	2.0
lo pasé bien	2.2
lo pasamos bien	2.3
lo pasé genial	3.0
lo pasé fatal	-2.8
lo pasé mal	-2.2
pasarlo mal	-2.0
lo estoy pasando mal	-2.4
qué bien lo pasé	2.9
me lo pasé genial	3.0
calidad precio	1.0
buena calidad	2.2
alta calidad	2.2
bien atendido	2.0
nos atendieron muy bien	2.8
muy atentos	2.5
muy profesionales	2.4
servicio excelente	3.2
rapidez	1.5
con rapidez	1.6
resolvieron	1.8
me lo solucionaron	2.2
gracias por solucionarlo	2.6
problema resuelto	2.0
todo perfecto	3.0
todo bien	1.5
todo genial	3.0
todo mal	-2.6
fatal todo	-2.8
# --- worry, illness, fear ---
suicida	-2.5
suicidas	-2.5
ansioso	-1.2
ansiosa	-1.2
ansiosos	-1.2
ansiosas	-1.2
temor	-1.6
temores	-1.6
inseguridad	-1.4
incertidumbre	-1.3
nervio	-0.8
susto	-1.4
sustos	-1.4
asustadizo	-1.0
asustadiza	-1.0
asustadizos	-1.0
asustadizas	-1.0
fobia	-1.8
trauma	-2.2
traumado	-2.2
traumada	-2.2
traumados	-2.2
traumadas	-2.2
traumático	-2.4
traumática	-2.4
traumáticos	-2.4
traumáticas	-2.4
pesadillas	-2.4
insomnio	-1.6
gripe	-1.2
resfriado	-1.0
resfriada	-1.0
resfriados	-1.0
resfriadas	-1.0
fiebre	-1.3
mareo	-1.2
vómito	-1.6
cáncer	-2.4
cancer	-2.4
hospital	-0.5
urgencias	-0.8
operación	0
lesión	-1.6
lesionado	-1.6
lesionada	-1.6
lesionados	-1.6
lesionadas	-1.6
# --- misc slang ---
petado	-0.5
petada	-0.5
petados	-0.5
petadas	-0.5
petarlo	1.8
lo peta	2.2
lo petó	2.2
lo está petando	2.4
la rompe	2.4
la rompió	2.4
la rompiste	2.5
se pasó	0.8
te pasaste	1.0
te luciste	2.6
se lució	2.5
lucirse	1.8
lucido	0.8
lucida	0.8
lucidos	0.8
lucidas	0.8
chill	1.2
relax	1.3
tranquilidad total	2.0

nada peor	-2.5
nada mejor	2.4
nada mejor que	2.4

no hay ningún problema	1.3
no tengo ningún problema	1.3
no hay ningun problema	1.3
no hay nada mejor	2.4

# --- added after checking common words the lexicon missed ---
desgana	-1.4
apatía	-1.4
euforia	2.4
eufórico	2.4
eufórica	2.4
eufóricos	2.4
eufóricas	2.4
euforico	2.4
euforica	2.4
euforicos	2.4
euforicas	2.4
entusiasta	2.0
entusiastas	2.0
insulso	-1.8
insulsa	-1.8
insulsos	-1.8
insulsas	-1.8
soso	-1.6
sosa	-1.6
sosos	-1.6
sosas	-1.6
desabrido	-1.6
desabrida	-1.6
desabridos	-1.6
desabridas	-1.6
rancio	-1.5
rancia	-1.5
rancios	-1.5
rancias	-1.5
grasiento	-1.0
grasienta	-1.0
grasientos	-1.0
grasientas	-1.0
vanidoso	-1.6
vanidosa	-1.6
vanidosos	-1.6
vanidosas	-1.6
presumido	-1.4
presumida	-1.4
presumidos	-1.4
presumidas	-1.4
chismoso	-1.6
chismosa	-1.6
chismosos	-1.6
chismosas	-1.6
cotilla	-1.4
cotillas	-1.4
tramposo	-2.4
tramposa	-2.4
tramposos	-2.4
tramposas	-2.4
trampa	-1.6
trampas	-1.6
saqueo	-2.6
desfalco	-2.8
malversación	-2.8
impune	-2.2
impunes	-2.2
impunidad	-2.4
maltrato	-2.8
maltratar	-2.6
maltratado	-2.6
maltratada	-2.6
maltratados	-2.6
maltratadas	-2.6
bullying	-2.8
mosqueo	-1.8
mosqueado	-1.9
mosqueada	-1.9
mosqueados	-1.9
mosqueadas	-1.9
riña	-1.6
armonía	2.0
serenidad	2.0
sosiego	1.6
consuelo	1.2
fe	1.0
pavor	-2.4
inquietud	-1.4
desamor	-2.2
desengaño	-2.2
infidelidad	-2.4
infiel	-2.2
infieles	-2.2
cuernos	-1.5
remordimiento	-1.8
arrepentimiento	-1.6
arrepentido	-1.7
arrepentida	-1.7
arrepentidos	-1.7
arrepentidas	-1.7
me arrepiento	-1.8
dignidad	1.4
bancarrota	-2.4
riqueza	1.2
abundancia	1.4
prosperidad	2.0
próspero	2.0
próspera	2.0
prósperos	2.0
prósperas	2.0
flechazo	2.0
romántico	1.2
romántica	1.2
románticos	1.2
románticas	1.2
romantico	1.2
romantica	1.2
romanticos	1.2
romanticas	1.2
vacaciones	1.2
de vacaciones	1.6
descansar	0.8
descanso	0.8
siesta	0.6
resaca	-1.0
madrugar	-0.8
madrugón	-1.0
suspender	-1.6
suspendí	-2.0
suspendido	-1.6
suspendida	-1.6
suspendidos	-1.6
suspendidas	-1.6
suspenso	-1.8
aprobar	1.5
aprobé	2.2
aprobamos	2.2
aprobado	1.6
aprobada	1.6
aprobados	1.6
aprobadas	1.6
atasco	-1.4
atascos	-1.4
huelga	-0.8
cansadísimo	-1.8
cansadísima	-1.8
cansadísimos	-1.8
cansadísimas	-1.8
uwu	1.5
owo	1.0
:v	0.5
nmms	-0.3
ntp	1.0
gg	0.8
ggwp	1.0
snif	-1.4
sniff	-1.4
buaa*	-1.2
ayy	-0.3
socorro	-1.2
madre mía	-0.8
dios mío	-0.3
eres una máquina	2.4
es una máquina	2.3
bestial	2.0
bestiales	2.0
salvaje	-0.5
salvajes	-0.5
tremendo	0.8
tremenda	0.8
tremendos	0.8
tremendas	0.8
barbaridad	-1.2
una barbaridad	-1.0
burrada	-1.0
exageración	-1.0
exagerado	-1.0
exagerada	-1.0
exagerados	-1.0
exageradas	-1.0
drama	-1.2
dramas	-1.2
dramático	-0.8
dramática	-0.8
dramáticos	-0.8
dramáticas	-0.8
pesadito	-1.3
pesadita	-1.3
pesaditos	-1.3
pesaditas	-1.3
rayante	-1.6
rayantes	-1.6
comerse la cabeza	-1.5
comiendo la cabeza	-1.5
qué calor	-1.0
que calor	-1.0
qué frío	-0.8
qué sueño	-0.8
que sueño	-0.8
tengo sueño	-0.8
qué hambre	-0.5

# --- customer care words the lexicon missed ---
colgaron	-1.6
me colgaron el teléfono	-2.4
incidencia	-0.8
incidencias	-0.8
inadmisible	-2.9
inadmisibles	-2.9
impresentable	-2.7
impresentables	-2.7
chapucero	-2.3
chapucera	-2.3
chapuceros	-2.3
chapuceras	-2.3
caótico	-2.0
caótica	-2.0
caóticos	-2.0
caóticas	-2.0
resolutivo	1.8
resolutiva	1.8
resolutivos	1.8
resolutivas	1.8
serio	0
seria	0
serios	0
serias	0
formal	0
formales	0
informal	-0.6
informales	-0.6
impuntual	-1.6
impuntuales	-1.6
caducado	-1.4
caducada	-1.4
caducados	-1.4
caducadas	-1.4
mojado	-0.6
mojada	-0.6
mojados	-0.6
mojadas	-0.6
manchado	-1.2
manchada	-1.2
manchados	-1.2
manchadas	-1.2
huele mal	-2.2
mal olor	-2.0
apestaba	-2.4
ruidoso	-1.3
ruidosa	-1.3
ruidosos	-1.3
ruidosas	-1.3
incómodo	-1.6
incómoda	-1.6
incómodos	-1.6
incómodas	-1.6
incomodo	-1.6
incomoda	-1.6
incomodos	-1.6
incomodas	-1.6
sablazo	-2.4
menuda clavada	-2.2
ningunear	-2.0
ningunean	-2.0
me cortaron	-1.8
cortaron la luz	-2.0
sin agua	-1.6
sin servicio	-1.8
nos dejaron sin	-2.0
me dejaron sin	-2.0
cobro abusivo	-2.8
tarifa abusiva	-2.8
precio abusivo	-2.6
precios abusivos	-2.6
factura abusiva	-2.8
me cobraron	-1.2
nadie me atiende	-2.6
nadie atiende	-2.5
no atienden	-2.4
me tienen esperando	-2.4
llevo esperando	-2.2
llevo semanas esperando	-2.6
llevo días esperando	-2.5
una semana esperando	-2.3
devolución rápida	2.0
me devolvieron	1.0
reembolso rápido	2.2
atención rápida	2.2
trato excelente	3.0
trato increíble	3.0
buen trato	2.3
mal trato	-2.4

# --- colloquial words the lexicon missed ---
pesadez	-1.6
coñazo	-2.2
rollazo	-1.8
un rollo	-1.6
qué rollo	-1.8
tostón	-1.9
muermo	-1.8
plomo	-0.8
latazo	-1.8
jaleo	-0.8
follón	-1.3
marrón	0
menudo marrón	-2.0
qué marrón	-2.0
cabreante	-2.3
cabreantes	-2.3
cabreadísimo	-2.9
cabreadísima	-2.9
cabreadísimos	-2.9
cabreadísimas	-2.9
ardido	-1.8
ardida	-1.8
ardidos	-1.8
ardidas	-1.8
sacado de onda	-1.5
achicopalado	-1.9
achicopalada	-1.9
achicopalados	-1.9
achicopaladas	-1.9
hundido	-2.2
hundida	-2.2
hundidos	-2.2
hundidas	-2.2
quebrado	-1.2
quebrada	-1.2
quebrados	-1.2
quebradas	-1.2
nostálgico	-0.5
nostálgica	-0.5
nostálgicos	-0.5
nostálgicas	-0.5
melancólico	-1.2
melancólica	-1.2
melancólicos	-1.2
melancólicas	-1.2
melancolía	-1.3
esperanzado	1.6
esperanzada	1.6
esperanzados	1.6
esperanzadas	1.6
motivadísimo	2.4
motivadísima	2.4
motivadísimos	2.4
motivadísimas	2.4
afortunadísimo	2.9
afortunadísima	2.9
afortunadísimos	2.9
afortunadísimas	2.9
enamoradísimo	2.9
enamoradísima	2.9
enamoradísimos	2.9
enamoradísimas	2.9
tranquilísimo	2.0
tranquilísima	2.0
tranquilísimos	2.0
tranquilísimas	2.0
relajadísimo	2.0
relajadísima	2.0
relajadísimos	2.0
relajadísimas	2.0
plenitud	2.0
realizado	0.8
realizada	0.8
realizados	0.8
realizadas	0.8
arrasar	1.8
arrasando	2.2
arrasó	2.2
arrasa	2.0
campeonato	0.3
subcampeón	0.5
subcampeones	0.5
subcampeona	0.5
subcampeonas	0.5
eliminado	-1.6
eliminada	-1.6
eliminados	-1.6
eliminadas	-1.6
eliminación	-1.6
descenso	-1.4
descendido	-1.6
descendida	-1.6
descendidos	-1.6
descendidas	-1.6
empate	-0.2

# --- affection, slang and reactions ---
muy generoso	2.5
muy generosa	2.5
qué generoso	2.5
muy ordenado	1.2

diosa	2.4
musa	2.2
bombón	2.2
preciosura	2.8
mi cielo	2.2
cielito	2.0
mi corazón	2.2
mi rey	1.6
mi reina	1.8
amigui	1.2
locura	0.3
qué locura	0.8
que locura	0.8
una locura	0.6
inaudito	-1.8
inaudita	-1.8
inauditos	-1.8
inauditas	-1.8
insólito	-0.8
insólita	-0.8
insólitos	-0.8
insólitas	-0.8
surrealista	-0.6
surrealistas	-0.6
surreal	-0.3
surreales	-0.3
icónico	2.0
icónica	2.0
icónicos	2.0
icónicas	2.0
bombazo	2.0
exitazo	2.6
viral	0.3
reventar	0.3
lo reventó	2.2
la está partiendo	2.2
paliza	-1.4
palizón	-1.6
vergüenza ajena	-2.4
cringe	-1.8
grima	-2.0
repelús	-1.6
yuyu	-1.0
rarito	-0.8
rarita	-0.8
raritos	-0.8
raritas	-0.8
turbio	-1.6
turbia	-1.6
turbios	-1.6
turbias	-1.6
sospechoso	-1.2
sospechosa	-1.2
sospechosos	-1.2
sospechosas	-1.2

# --- adjectives of character and quality ---
auténtico	1.3
auténtica	1.3
auténticos	1.3
auténticas	1.3
carismático	2.0
carismática	2.0
carismáticos	2.0
carismáticas	2.0
coherente	1.0
coherentes	1.0
compasivo	1.8
compasiva	1.8
compasivos	1.8
compasivas	1.8
comprensivo	1.8
comprensiva	1.8
comprensivos	1.8
comprensivas	1.8
cordial	1.6
cordiales	1.6
cuidadoso	1.2
cuidadosa	1.2
cuidadosos	1.2
cuidadosas	1.2
culto	1.0
culta	1.0
cultos	1.0
cultas	1.0
detallista	1.6
detallistas	1.6
diligente	1.4
diligentes	1.4
discreto	0.6
discreta	0.6
discretos	0.6
discretas	0.6
elocuente	1.6
elocuentes	1.6
emprendedor	1.2
emprendedores	1.2
emprendedora	1.2
emprendedoras	1.2
espontáneo	1.0
espontánea	1.0
espontáneos	1.0
espontáneas	1.0
extrovertido	0.8
extrovertida	0.8
extrovertidos	0.8
extrovertidas	0.8
formidable	3.0
formidables	3.0
gentil	1.8
gentiles	1.8
hábil	1.4
hábiles	1.4
ingenioso	2.0
ingeniosa	2.0
ingeniosos	2.0
ingeniosas	2.0
íntegro	1.8
íntegra	1.8
íntegros	1.8
íntegras	1.8
intrépido	1.4
intrépida	1.4
intrépidos	1.4
intrépidas	1.4
luminoso	1.2
luminosa	1.2
luminosos	1.2
luminosas	1.2
magistral	2.8
magistrales	2.8
maduro	0.8
madura	0.8
maduros	0.8
maduras	0.8
memorable	2.2
memorables	2.2
minucioso	1.2
minuciosa	1.2
minuciosos	1.2
minuciosas	1.2
organizado	0.8
organizada	0.8
organizados	0.8
organizadas	0.8
pacífico	1.2
pacífica	1.2
pacíficos	1.2
pacíficas	1.2
perseverante	1.6
perseverantes	1.6
prudente	1.0
prudentes	1.0
radiante	2.4
radiantes	2.4
responsable	0.8
responsables	0.8
sensato	1.4
sensata	1.4
sensatos	1.4
sensatas	1.4
servicial	1.8
serviciales	1.8
tenaz	1.4
tenaces	1.4
tolerante	1.4
tolerantes	1.4
versátil	1.2
versátiles	1.2
vibrante	1.6
vibrantes	1.6
virtuoso	1.8
virtuosa	1.8
virtuosos	1.8
virtuosas	1.8

# --- negative adjectives of character ---
agresivo	-2.2
agresiva	-2.2
agresivos	-2.2
agresivas	-2.2
autoritario	-1.8
autoritaria	-1.8
autoritarios	-1.8
autoritarias	-1.8
avaro	-1.8
avara	-1.8
avaros	-1.8
avaras	-1.8
cabezota	-1.2
cabezotas	-1.2
caprichoso	-1.3
caprichosa	-1.3
caprichosos	-1.3
caprichosas	-1.3
codicioso	-2.0
codiciosa	-2.0
codiciosos	-2.0
codiciosas	-2.0
déspota	-2.4
déspotas	-2.4
descuidado	-1.5
descuidada	-1.5
descuidados	-1.5
descuidadas	-1.5
deshonesto	-2.4
deshonesta	-2.4
deshonestos	-2.4
deshonestas	-2.4
desleal	-2.2
desleales	-2.2
desconsiderado	-2.0
desconsiderada	-2.0
desconsiderados	-2.0
desconsideradas	-2.0
egocéntrico	-2.0
egocéntrica	-2.0
egocéntricos	-2.0
egocéntricas	-2.0
fanfarrón	-1.6
fanfarrones	-1.6
fanfarrona	-1.6
fanfarronas	-1.6
frívolo	-1.4
frívola	-1.4
frívolos	-1.4
frívolas	-1.4
histérico	-1.8
histérica	-1.8
histéricos	-1.8
histéricas	-1.8
holgazán	-1.7
holgazanes	-1.7
holgazana	-1.7
holgazanas	-1.7
impaciente	-0.8
impacientes	-0.8
impertinente	-1.6
impertinentes	-1.6
imprudente	-1.5
imprudentes	-1.5
inestable	-1.3
inestables	-1.3
inmaduro	-1.6
inmadura	-1.6
inmaduros	-1.6
inmaduras	-1.6
insensible	-1.8
insensibles	-1.8
irresponsable	-2.2
irresponsables	-2.2
malhumorado	-1.9
malhumorada	-1.9
malhumorados	-1.9
malhumoradas	-1.9
negligente	-2.0
negligentes	-2.0
negligencia	-2.2
obsesivo	-1.2
obsesiva	-1.2
obsesivos	-1.2
obsesivas	-1.2
posesivo	-1.5
posesiva	-1.5
posesivos	-1.5
posesivas	-1.5
quisquilloso	-1.3
quisquillosa	-1.3
quisquillosos	-1.3
quisquillosas	-1.3
tacaño	-1.6
tacaña	-1.6
tacaños	-1.6
tacañas	-1.6
terco	-1.2
terca	-1.2
tercos	-1.2
tercas	-1.2
testarudo	-1.2
testaruda	-1.2
testarudos	-1.2
testarudas	-1.2
tozudo	-1.1
tozuda	-1.1
tozudos	-1.1
tozudas	-1.1
traicionero	-2.5
traicionera	-2.5
traicioneros	-2.5
traicioneras	-2.5

# --- verbs of feeling ---
apenar	-1.6
me apena	-1.9
asquear	-2.6
me asquea	-2.8
atormentar	-2.2
atormentado	-2.2
atormentada	-2.2
atormentados	-2.2
atormentadas	-2.2
avergonzar	-1.8
avergonzado	-1.8
avergonzada	-1.8
avergonzados	-1.8
avergonzadas	-1.8
consolar	0.8
desconfiar	-1.2
desconfianza	-1.6
desconfiado	-1.2
desconfiada	-1.2
desconfiados	-1.2
desconfiadas	-1.2
disgustar	-1.8
disgusto	-2.0
disgustado	-2.0
disgustada	-2.0
disgustados	-2.0
disgustadas	-2.0
enfurecer	-2.6
enfurecido	-2.7
enfurecida	-2.7
enfurecidos	-2.7
enfurecidas	-2.7
enloquecer	-1.0
escandalizar	-1.8
escandaloso	-2.3
escandalosa	-2.3
escandalosos	-2.3
escandalosas	-2.3
horrorizar	-2.6
horrorizado	-2.6
horrorizada	-2.6
horrorizados	-2.6
horrorizadas	-2.6
inquietar	-1.4
inquietante	-1.8
inquietantes	-1.8
maldecir	-1.8
menospreciar	-2.2
menosprecio	-2.2
padecer	-1.8
sorprender	0.6
me sorprende	0.6
tranquilizar	1.0
tranquilizador	1.4
tranquilizadores	1.4
tranquilizadora	1.4
tranquilizadoras	1.4
infravalorado	-1.2
infravalorada	-1.2
infravalorados	-1.2
infravaloradas	-1.2
# --- coverage batch (2nd session): colloquial and diminutive forms, everyday feelings, mild evaluative words,
# --- forms typed without accents; written from knowledge of the language, one valence per family
nerviosito	-1.2
nerviosita	-1.2
nerviositos	-1.2
nerviositas	-1.2
nerviositaes	-1.2
asquito	-1.5
asquete	-1.5
chulísimo	2.4
chulísima	2.4
chulísimos	2.4
chulísimas	2.4
chulisimo	2.4
chulisima	2.4
gustazo	2.2
gustito	1.2
pelónes	-0.4
lentito	-0.8
lentita	-0.8
lentitos	-0.8
lentitas	-0.8
tontito	-1.0
tontita	-1.0
tontitos	-1.0
tontitas	-1.0
ingrato	-1.8
ingrata	-1.8
ingratos	-1.8
ingratas	-1.8
repelente	-1.8
repelentes	-1.8
grasioso	1.2
mariconada	-1.5
mariconadaes	-1.5
mariconadas	-1.5
piedad	0.3
sin piedad	-1.2
vacío	-1.0
vacía	-1.0
vacíos	-1.0
vacías	-1.0
cerrado	-0.3
cerrada	-0.3
cerrados	-0.3
cerradas	-0.3
importante	0.5
importantes	0.5
prestigioso	1.5
prestigiosa	1.5
prestigiosos	1.5
prestigiosas	1.5
modesto	0.3
modesta	0.3
modestos	0.3
modestas	0.3
veloz	0.6
veloces	0.6
motivación	1.0
motivacion	1.0
curiosidad	0.4
invitación	0.6
invitacion	0.6
te invito	0.8
deseando	1.2
estoy deseando	1.6
listaes	0.3
muy lista	1.8
muy listo	1.8
gran	0.6
facilísimo	1.4
facilísima	1.4
facilísimos	1.4
facilísimas	1.4
facilisimo	1.4
fácil	0.8
fáciles	0.8
fugaz	-0.5
fugaces	-0.5
echo de menos	-1.2
se extraña	-0.8
prohibido	-0.6
prohibida	-0.6
prohibidos	-0.6
prohibidas	-0.6
prohibir	-0.6
cerradaes	-0.3
no pude	-0.8
no puedo	-0.6
no me dejan	-1.0
me dejan tirado	-2.0
dejado tirado	-2.0
to tirado	-1.5
olvidado	-1.0
olvidada	-1.0
olvidados	-1.0
olvidadas	-1.0
me duele	-1.6
ocupado	-0.3
ocupada	-0.3
ocupados	-0.3
ocupadas	-0.3
idiotaes	-2.2
plastaes	-1.4
gilipollases	-2.5
horteraes	-1.0
mazo	0.3
puf	-1.0
ups	-0.5
joe	-0.8

[negators]
no
nunca
jamás
jamas
ni
nada
nadie
ningún
ningun
ninguno
ninguna
ningunos
sin
tampoco
nop
nel
nunk

[intensifiers]
muy	0.293
mucho	0.25
mucha	0.25
muchos	0.2
muchas	0.2
muchísimo	0.35
muchisimo	0.35
muchísima	0.35
demasiado	0.25
demasiada	0.25
tan	0.25
tanto	0.25
tanta	0.25
super	0.3
súper	0.3
re	0.25
recontra	0.35
requete	0.35
bastante	0.15
realmente	0.25
verdaderamente	0.25
totalmente	0.3
completamente	0.3
absolutamente	0.3
extremadamente	0.35
increíblemente	0.35
increiblemente	0.35
sumamente	0.35
enormemente	0.35
tremendamente	0.35
terriblemente	0.3
horriblemente	0.3
profundamente	0.3
altamente	0.3
especialmente	0.2
particularmente	0.2
excesivamente	0.3
francamente	0.2
sinceramente	0.15
de verdad	0.25
en serio	0.2
la verdad	0.1
mega	0.3
ultra	0.3
hiper	0.3
híper	0.3
tope	0.3
muy muy	0.4
más	0.2
mas	0.15
cada vez más	0.2
sobre todo	0.15
para nada	0.3
en absoluto	0.3
un montón	0.25
mogollón	0.3
pila	0.2
putamente	0.4
jodidamente	0.4
algo	-0.2
poco	-0.3
poquito	-0.35
un poco	-0.25
un poquito	-0.3
un poquillo	-0.3
un pelín	-0.3
un pelin	-0.3
ligeramente	-0.3
levemente	-0.3
apenas	-0.3
casi	-0.25
relativamente	-0.2
medio	-0.2
más o menos	-0.3
parcialmente	-0.25
en parte	-0.25
algo así	-0.2
un tanto	-0.2
menos	-0.25

[contrast]
pero
sin embargo
no obstante
aunque
sino
aun así
aún así
igual
de todas formas
de todos modos
lo malo es que
lo bueno es que

[settings]
double_negation = concord
