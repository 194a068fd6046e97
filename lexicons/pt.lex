# earshot sentiment lexicon: Portuguese (pt), Brazilian and European usage.
# Written by hand for the earshot project from knowledge of the language; no entry or value is
# taken from another sentiment list. Valence in [-4, +4]: +-0.5..1 mild, +-1.5..2.5 clear,
# +-3..4 strong. Adjectives are listed in their four forms; the Snowball Portuguese stemmer
# covers other inflections. Internet spellings (vc, q, pq, mt, kkk) are included.
# Gender and number forms of adjectives were expanded mechanically from the hand-written
# entries (one valence per word family); every value is the author's own.
@lang pt
@stemmer snowball:portuguese

[valence]
# --- stem guards: frequent neutral words (value 0) whose stem meets an evaluative entry ---
para	0
pra	0
por	0
porque	0
pq	0
com	0
mais	0
sem	0
são	0
sao	0
tá	0
ta	0
tô	0
to	0
está	0
esta	0
vai	0
vou	0
ver	0
vê	0
fala	0
falar	0
acho	0
achar	0
dar	0
dá	0
deu	0
caso	0
casa	0
conta	0
ponto	0
passa	0
passar	0
sair	0
fica	0
ficar	0
pode	0
poder	0
podia	0
poderia	0
quer	0
querer	0
queria	0
quero	0
fim	0
leão	0
superfície	0
delicado	0
delicada	0
batalha	0
eleger	0
elege	0
anime	0
ideia	0
ideias	0
idéia	0
espécie	0
carinha	0
foram	0
mano	0
mana	0
sabor	0
sabores	0
penis	0
motivo	0
motivos	0
marido	0
maria	0
time	0
times	0
peso	0
ferro	0
bahia	0
vale	0
oportunidade	0.5
obrigação	0
morrendo	0
mala	0
chegou	0
chegue	0
chegar	0
chegando	0
atrás	0
trouxe	0
tim	0
sábado	0
sabado	0
sensacionalismo	-1.0
praticamente	0
pessimismo	-1.6
perda	-1.4
história	0
histórias	0
tomar	0
toma	0
cara	0
caras	0
vivo	0
vitor	0
gente	0
mulher	0
mulheres	0
mata	0
deus	0
band	0
fosse	0
saber	0
sabe	0
sabendo	0
sei	0
sabia	0
final	0
mal	-1.5
# --- positive adjectives ---
bom	1.9
boa	1.9
bons	1.9
boas	1.9
bonzinho	1.6
bonzinha	1.6
bonzinhos	1.6
bonzinhas	1.6
ótimo	3.0
ótima	3.0
ótimos	3.0
ótimas	3.0
otimo	3.0
otima	3.0
otimos	3.0
otimas	3.0
excelente	3.1
excelentes	3.1
maravilhoso	3.2
maravilhosa	3.2
maravilhosos	3.2
maravilhosas	3.2
maravilindo	3.4
maravilinda	3.4
maravilindos	3.4
maravilindas	3.4
fantástico	3.1
fantástica	3.1
fantásticos	3.1
fantásticas	3.1
fantastico	3.1
fantastica	3.1
fantasticos	3.1
fantasticas	3.1
fabuloso	3.1
fabulosa	3.1
fabulosos	3.1
fabulosas	3.1
incrível	2.8
incrivel	2.8
incríveis	2.8
incriveis	2.8
espetacular	3.0
espetaculares	3.0
sensacional	3.0
sensacionais	3.0
extraordinário	3.0
extraordinária	3.0
extraordinários	3.0
extraordinárias	3.0
excepcional	3.0
excepcionais	3.0
perfeito	3.0
perfeita	3.0
perfeitos	3.0
perfeitas	3.0
ideal	2.0
ideais	2.0
lindo	2.7
linda	2.7
lindos	2.7
lindas	2.7
lindinho	2.7
lindinha	2.7
lindinhos	2.7
lindinhas	2.7
lindão	2.8
lindona	2.8
lindões	2.8
lindonas	2.8
lindíssimo	3.2
lindíssima	3.2
lindíssimos	3.2
lindíssimas	3.2
lindissimo	3.2
lindissima	3.2
lindissimos	3.2
lindissimas	3.2
belo	2.4
bela	2.4
belos	2.4
belas	2.4
belíssimo	3.1
belíssima	3.1
belíssimos	3.1
belíssimas	3.1
bonito	2.4
bonita	2.4
bonitos	2.4
bonitas	2.4
bonitinho	2.3
bonitinha	2.3
bonitinhos	2.3
bonitinhas	2.3
fofo	2.5
fofa	2.5
fofos	2.5
fofas	2.5
fofinho	2.6
fofinha	2.6
fofinhos	2.6
fofinhas	2.6
gato	0.5
gata	0.5
gatos	0.5
gatas	0.5
gostoso	2.2
gostosa	2.2
gostosos	2.2
gostosas	2.2
gato demais	2.6
gostosinho	2.3
gostosinha	2.3
gostosinhos	2.3
gostosinhas	2.3
delicioso	3.0
deliciosa	3.0
deliciosos	3.0
deliciosas	3.0
saboroso	2.4
saborosa	2.4
saborosos	2.4
saborosas	2.4
maravilha	3.0
maravilhas	3.0
adorável	2.8
adoravel	2.8
adoráveis	2.8
encantador	2.7
encantadora	2.7
encantadores	2.7
encantadoras	2.7
agradável	2.1
agradavel	2.1
agradáveis	2.1
simpático	2.0
simpática	2.0
simpáticos	2.0
simpáticas	2.0
simpatico	2.0
simpatica	2.0
simpaticos	2.0
simpaticas	2.0
amável	2.1
amavel	2.1
gentil	2.1
gentis	2.1
carinhoso	2.3
carinhosa	2.3
carinhosos	2.3
carinhosas	2.3
querido	2.1
querida	2.1
queridos	2.1
queridas	2.1
doce	1.8
doces	1.8
engraçado	1.8
engraçada	1.8
engraçados	1.8
engraçadas	1.8
engracado	1.8
engracada	1.8
engracados	1.8
engracadas	1.8
divertido	2.3
divertida	2.3
divertidos	2.3
divertidas	2.3
hilário	2.5
hilária	2.5
hilários	2.5
hilárias	2.5
hilario	2.5
hilaria	2.5
hilarios	2.5
hilarias	2.5
interessante	1.6
interessantes	1.6
legal	2.1
legais	2.1
legalzinho	1.6
legalzinha	1.6
legalzinhos	1.6
legalzinhas	1.6
bacana	2.2
bacanas	2.2
massa	1.4
maneiro	2.2
maneira	2.2
maneiros	2.2
maneiras	2.2
irado	0.8
irada	0.8
irados	0.8
iradas	0.8
show	1.6
vídeo show	0
video show	0
domingo legal	0
show de bola	2.8
top	1.8
topzera	2.5
demais	0.8
feliz	2.8
felizes	2.8
felizão	3.0
felizona	3.0
felizões	3.0
felizonas	3.0
felicíssimo	3.2
felicíssima	3.2
felicíssimos	3.2
felicíssimas	3.2
contente	2.3
contentes	2.3
alegre	2.3
alegres	2.3
orgulhoso	2.3
orgulhosa	2.3
orgulhosos	2.3
orgulhosas	2.3
satisfeito	2.1
satisfeita	2.1
satisfeitos	2.1
satisfeitas	2.1
encantado	2.5
encantada	2.5
encantados	2.5
encantadas	2.5
emocionado	2.0
emocionada	2.0
emocionados	2.0
emocionadas	2.0
animado	2.0
animada	2.0
animados	2.0
animadas	2.0
ansioso	0.2
ansiosa	0.2
ansiosos	0.2
ansiosas	0.2
empolgado	2.2
empolgada	2.2
empolgados	2.2
empolgadas	2.2
grato	2.4
grata	2.4
gratos	2.4
gratas	2.4
agradecido	2.3
agradecida	2.3
agradecidos	2.3
agradecidas	2.3
sortudo	2.2
sortuda	2.2
sortudos	2.2
sortudas	2.2
abençoado	2.5
abençoada	2.5
abençoados	2.5
abençoadas	2.5
tranquilo	1.2
tranquila	1.2
tranquilos	1.2
tranquilas	1.2
apaixonado	2.5
apaixonada	2.5
apaixonados	2.5
apaixonadas	2.5
fiel	1.4
honesto	1.8
honesta	1.8
honestos	1.8
honestas	1.8
sincero	1.4
sincera	1.4
sinceros	1.4
sinceras	1.4
justo	1.0
justa	1.0
justos	1.0
justas	1.0
correto	1.0
correta	1.0
corretos	1.0
corretas	1.0
útil	1.6
util	1.6
úteis	1.6
prático	1.3
prática	1.3
práticos	1.3
práticas	1.3
eficiente	2.0
eficientes	2.0
eficaz	2.0
rápido	1.3
rápida	1.3
rápidos	1.3
rápidas	1.3
rapido	1.3
rapida	1.3
rapidos	1.3
rapidas	1.3
confortável	1.8
confortavel	1.8
confiável	1.8
confiavel	1.8
recomendável	2.2
valente	2.0
valentes	2.0
corajoso	2.1
corajosa	2.1
corajosos	2.1
corajosas	2.1
inteligente	2.1
inteligentes	2.1
brilhante	2.6
brilhantes	2.6
talentoso	2.4
talentosa	2.4
talentosos	2.4
talentosas	2.4
sábio	1.8
sábia	1.8
sábios	1.8
sábias	1.8
criativo	1.6
criativa	1.6
criativos	1.6
criativas	1.6
original	1.1
originais	1.1
profissional	1.5
competente	1.8
competentes	1.8
capaz	1.2
atencioso	2.0
atenciosa	2.0
atenciosos	2.0
atenciosas	2.0
educado	1.6
educada	1.6
educados	1.6
educadas	1.6
respeitoso	1.8
respeitosa	1.8
respeitosos	1.8
respeitosas	1.8
humilde	1.6
humildes	1.6
digno	1.3
digna	1.3
dignos	1.3
dignas	1.3
admirável	2.5
admiravel	2.5
notável	1.6
positivo	1.5
positiva	1.5
positivos	1.5
positivas	1.5
saudável	1.5
saudavel	1.5
elegante	2.0
elegantes	2.0
chique	1.8
chiques	1.8
glorioso	2.7
gloriosa	2.7
gloriosos	2.7
gloriosas	2.7
grandioso	2.8
grandiosa	2.8
grandiosos	2.8
grandiosas	2.8
impressionante	2.6
impressionantes	2.6
emocionante	2.4
emocionantes	2.4
inesquecível	2.8
inesquecivel	2.8
mágico	2.5
mágica	2.5
mágicos	2.5
mágicas	2.5
especial	1.8
especiais	1.8
precioso	2.4
preciosa	2.4
preciosos	2.4
preciosas	2.4
vencedor	2.0
vencedora	2.0
vencedores	2.0
vencedoras	2.0
favorito	2.0
favorita	2.0
favoritos	2.0
favoritas	2.0
preferido	1.5
preferida	1.5
preferidos	1.5
preferidas	1.5
amado	2.5
amada	2.5
amados	2.5
amadas	2.5
bem-vindo	2.0
bem-vinda	2.0
bem-vindos	2.0
bem-vindas	2.0
impecável	3.0
impecavel	3.0
imperdível	2.4
imperdivel	2.4
divino	2.8
divina	2.8
divinos	2.8
divinas	2.8
diva	2.2
divas	2.2
divou	2.6
arrasou	2.8
arrasa	2.6
arrasando	2.7
arraso	2.6
mitou	2.4
lacrou	2.6
lacra	2.3
lacrando	2.5
lacração	1.5
brabo	1.2
braba	1.2
brabos	1.2
brabas	1.2
foda	1.0
fodástico	3.0
fodástica	3.0
fodásticos	3.0
fodásticas	3.0
bem	1.5
muito bem	2.2
tudo bem	0.8
td bem	0.8
tudo de bom	2.6
ok	0.8
okay	0.8
blz	1.0
beleza	1.8
belezinha	1.8
joia	1.8
jóia	1.8
valeu	1.8
vlw	1.7
obrigado	1.9
obrigada	1.9
obrigados	1.9
obrigadas	1.9
obg	1.8
obgd	1.8
obgda	1.8
briga	-1.2
brigas	-1.2
brigaram	-1.4
muito obrigado	2.6
muito obrigada	2.6
obrigadão	2.6
obrigadao	2.6
parabéns	2.8
parabens	2.8
parabéns pelo	2.8
viva	1.5
uhul	2.4
eba	2.2
oba	2.0
êba	2.2
iupi	2.3
uau	2.2
wow	2.2
aee	1.8
aeee*	2.0
aêê	1.8
amém	1.0
amem	1.0
glória	1.5
graças a deus	2.0
gracas a deus	2.0
ainda bem	1.5
amor	2.5
amores	2.3
amorzinho	2.5
amo	3.0
amei	3.1
ameii*	3.2
amando	2.9
amamos	3.0
ama	2.8
amam	2.8
amar	2.8
adoro	3.0
adorei	3.0
adora	2.9
adoram	2.9
adorar	2.8
adorando	2.9
curti	2.2
curtir	1.8
curto	0
curtindo	2.0
gosto	1.0
gostei	2.2
gostou	2.0
gosta	1.7
gostam	1.7
gostar	1.6
gostando	1.8
gostaria	0.8
me encanta	2.8
encantou	2.6
apaixonei	2.8
to apaixonada	2.8
tô apaixonada	2.8
recomendo	2.3
super recomendo	3.0
recomendo muito	2.8
indico	2.0
vale a pena	2.3
valeu a pena	2.4
agradeço	2.2
agradecer	2.0
agradecemos	2.3
obrigada pela ajuda	2.6
obrigado pela ajuda	2.6
obrigado pela resposta	2.3
obrigada pela resposta	2.3
obrigado pelo retorno	2.3
obrigada pelo retorno	2.3
resposta rápida	2.0
atendimento excelente	3.1
excelente atendimento	3.1
ótimo atendimento	3.0
otimo atendimento	3.0
bom atendimento	2.4
atendimento nota 10	3.0
nota 10	2.6
nota dez	2.6
nota mil	2.8
dez	0
ganhar	0.8
ganhou	1.6
ganhei	1.9
ganhamos	2.0
vencer	1.6
venceu	1.8
vitória	2.4
vitoria	2.4
sucesso	2.5
sucessos	2.5
conquista	2.0
conquistou	2.0
conseguiu	1.4
consegui	1.5
conseguimos	2.0
melhor	2.0
melhores	2.0
o melhor	2.8
a melhor	2.8
os melhores	2.8
as melhores	2.8
melhorou	1.6
melhorar	1.1
melhora	1.1
melhoras	1.8
funciona	1.0
funcionou	1.4
resolvido	1.8
resolvida	1.8
resolvidos	1.8
resolvidas	1.8
resolveu	1.7
resolveram	1.8
felicidade	3.0
alegria	2.7
alegrias	2.7
paz	1.6
esperança	1.6
esperanca	1.6
sorte	1.8
sorriso	2.0
sorrisos	2.0
riso	1.5
risada	1.8
risadas	1.8
diversão	2.2
diversao	2.2
prazer	2.2
orgulho	2.1
gratidão	2.5
gratidao	2.5
bênção	2.5
bencao	2.5
benção	2.5
abençoe	2.0
carinho	2.2
beijo	1.8
beijos	1.8
bjs	1.6
bjo	1.6
bjss	1.6
beijinho	1.8
beijinhos	1.8
abraço	1.8
abraços	1.8
abraco	1.8
abs	1.0
amizade	2.0
amigo	0.8
amiga	0.8
amigos	0.8
amigas	0.8
talento	2.1
genial	3.0
geniais	3.0
gênio	2.6
genio	2.6
craque	2.4
craques	2.4
ídolo	2.3
idolo	2.3
rainha	1.5
rei	0.8
mito	1.8
lenda	2.0
fenômeno	2.0
fenomeno	2.0
orgulho nacional	2.6
obra-prima	3.2
obra prima	3.2
qualidade	1.2
respeito	1.4
apoio	1.4
ajuda	0.8
solução	1.0
solucao	1.0
calma	0.8
tranquilidade	1.6
saúde	1.3
saude	1.3
liberdade	1.4
justiça	1.1
justica	1.1
emoção	1.8
emocao	1.8
paixão	2.2
paixao	2.2
admiração	2.3
entusiasmo	2.2
sonho	1.2
sonhos	1.2
presente	0
festa	1.2
kkk*	0.6
kk	0.5
kakak*	0.6
hahah*	0.7
haha*	0.7
huahua*	1.3
huehue*	1.2
rsrs*	0.6
rs	0.8
rsrsrs	1.2
hehe*	1.0
hihi*	1.0
lol	1.0
xd	1.2
xdd*	1.3
lmao	1.2
love	2.5
cute	2.2
nice	1.8
happy	2.2
great	2.5
best	2.0
fail	-1.8
sad	-2.0
omg	0.3
fofura	2.6
fofurinha	2.6
lindeza	2.7
gatinho	1.6
gatinha	1.6
gatão	2.2
deusa	2.4
deuso	2.4
ansiedade	-1.4
curtiu	2.0
torcendo	0.5
torço	1.2
torcida	0.3
vamos	0
bora	0.8
vai que é tua	1.8
vai com tudo	1.6
tamo junto	2.2
tmj	2.2
tamos juntos	2.2
muito bom	2.6
mto bom	2.6
mt bom	2.6
muito boa	2.6
mto boa	2.6
mt boa	2.6
que bom	2.4
q bom	2.4
que lindo	2.9
q lindo	2.9
que linda	2.9
q linda	2.9
que legal	2.5
q legal	2.5
que fofo	2.8
que fofa	2.8
que delícia	2.9
que delicia	2.9
que maravilha	3.1
que orgulho	2.7
que alegria	3.0
que sorte	2.2
que show	2.6
que top	2.5
que massa	2.3
que incrível	2.9
que incrivel	2.9
que perfeição	3.1
perfeição	3.0
perfeicao	3.0
que gato	2.5
que gata	2.5
que saudade	-0.5
saudade	-0.6
saudades	-0.6
morrendo de saudade	-0.8
morri	1.2
morri de rir	2.6
morrendo de rir	2.6
to morrendo	1.0
tô morrendo	1.0
chorando de rir	2.5
rachei	2.0
me mata	1.0
mds	0.2
meu deus	0
nossa	0
nosso	0
caramba	-0.3
eita	0
vixe	-0.6
afe	-1.5
affe	-1.5
aff	-1.5
afff*	-1.7
ai ai	-0.5
ah não	-1.5
ah nao	-1.5
ahh não	-1.5
ai não	-1.6
ui	-0.3
ugh	-1.5
argh	-1.6
grr	-1.8
grrr*	-2.0
bah	-0.3
puts	-1.2
putz	-1.2
poxa	-1.2
pô	-0.8
droga	-2.2
drogas	-1.6
merda	-2.6
merdas	-2.6
bosta	-2.8
bostas	-2.8
porra	-1.8
pqp	-2.2
puta que pariu	-2.4
caralho	-1.6
krl	-1.5
crl	-1.5
carai	-1.4
cacete	-1.5
fdp	-3.0
filho da puta	-3.2
filha da puta	-3.2
vsf	-3.0
vai se foder	-3.2
vai tomar no cu	-3.4
vtnc	-3.2
tnc	-3.0
se foder	-2.6
se fodeu	-2.4
fodeu	-2.4
fudeu	-2.4
ferrou	-2.2
se ferrou	-2.2
ferrado	-2.2
ferrada	-2.2
ferrados	-2.2
ferradas	-2.2
fodido	-2.4
fodida	-2.4
fodidos	-2.4
fodidas	-2.4
fudido	-2.4
fudida	-2.4
fudidos	-2.4
fudidas	-2.4
puta	-1.8
puto	-2.2
putos	-2.2
putas	-2.2
putaria	-2.0
cu	-1.5
escroto	-2.8
escrota	-2.8
escrotos	-2.8
escrotas	-2.8
babaca	-2.6
babacas	-2.6
otário	-2.7
otária	-2.7
otários	-2.7
otárias	-2.7
otario	-2.7
otaria	-2.7
otarios	-2.7
otarias	-2.7
idiota	-2.8
idiotas	-2.8
imbecil	-3.0
imbecis	-3.0
estúpido	-2.8
estúpida	-2.8
estúpidos	-2.8
estúpidas	-2.8
estupido	-2.8
estupida	-2.8
estupidos	-2.8
estupidas	-2.8
burro	-2.2
burra	-2.2
burros	-2.2
burras	-2.2
burrice	-2.4
besta	-1.8
bestas	-1.8
bobo	-1.2
boba	-1.2
bobos	-1.2
bobas	-1.2
tonto	-1.7
tonta	-1.7
tontos	-1.7
tontas	-1.7
ridículo	-2.4
ridícula	-2.4
ridículos	-2.4
ridículas	-2.4
ridiculo	-2.4
ridicula	-2.4
ridiculos	-2.4
ridiculas	-2.4
palhaço	-1.8
palhaça	-1.8
palhaços	-1.8
palhaças	-1.8
palhaçada	-2.3
palhacada	-2.3
mané	-1.8
trouxa	-2.0
trouxas	-2.0
otarice	-2.2
vagabundo	-2.6
vagabunda	-2.6
vagabundos	-2.6
vagabundas	-2.6
safado	-1.6
safada	-1.6
safados	-1.6
safadas	-1.6
canalha	-3.0
canalhas	-3.0
nojento	-3.0
nojenta	-3.0
nojentos	-3.0
nojentas	-3.0
nojo	-2.9
que nojo	-3.2
q nojo	-3.2
asqueroso	-3.0
asquerosa	-3.0
asquerosos	-3.0
asquerosas	-3.0
asco	-2.8
# --- negative adjectives ---
ruim	-2.2
ruins	-2.2
ruinzinho	-1.8
ruinzinha	-1.8
ruinzinhos	-1.8
ruinzinhas	-1.8
péssimo	-3.3
péssima	-3.3
péssimos	-3.3
péssimas	-3.3
pessimo	-3.3
pessima	-3.3
pessimos	-3.3
pessimas	-3.3
horrível	-3.0
horrivel	-3.0
horríveis	-3.0
horriveis	-3.0
horroroso	-3.1
horrorosa	-3.1
horrorosos	-3.1
horrorosas	-3.1
terrível	-3.0
terrivel	-3.0
terríveis	-3.0
medonho	-2.6
medonha	-2.6
medonhos	-2.6
medonhas	-2.6
pavoroso	-3.0
pavorosa	-3.0
pavorosos	-3.0
pavorosas	-3.0
fraco	-1.4
fraca	-1.4
fracos	-1.4
fracas	-1.4
fraquíssimo	-2.4
fraquíssima	-2.4
fraquíssimos	-2.4
fraquíssimas	-2.4
pior	-2.4
piores	-2.4
o pior	-3.0
a pior	-3.0
lamentável	-2.7
lamentavel	-2.7
deplorável	-3.0
patético	-2.8
patética	-2.8
patéticos	-2.8
patéticas	-2.8
patetico	-2.8
patetica	-2.8
pateticos	-2.8
pateticas	-2.8
vergonhoso	-2.7
vergonhosa	-2.7
vergonhosos	-2.7
vergonhosas	-2.7
vergonha	-2.2
que vergonha	-2.8
q vergonha	-2.8
vergonha alheia	-2.4
feio	-2.0
feia	-2.0
feios	-2.0
feias	-2.0
feiíssimo	-2.8
feiíssima	-2.8
feiíssimos	-2.8
feiíssimas	-2.8
feiura	-2.0
desagradável	-2.2
desagradavel	-2.2
chato	-2.0
chata	-2.0
chatos	-2.0
chatas	-2.0
chatice	-2.0
chatíssimo	-2.6
chatíssima	-2.6
chatíssimos	-2.6
chatíssimas	-2.6
que chato	-2.4
q chato	-2.4
tédio	-2.0
tedio	-2.0
entediante	-2.0
entediantes	-2.0
sem graça	-1.8
sem noção	-2.3
sem nocao	-2.3
insuportável	-2.9
insuportavel	-2.9
intragável	-2.8
irritante	-2.4
irritantes	-2.4
irritado	-2.2
irritada	-2.2
irritados	-2.2
irritadas	-2.2
chateado	-2.1
chateada	-2.1
chateados	-2.1
chateadas	-2.1
triste	-2.2
tristes	-2.2
tristeza	-2.4
tristinho	-1.8
tristinha	-1.8
tristinhos	-1.8
tristinhas	-1.8
deprimido	-2.5
deprimida	-2.5
deprimidos	-2.5
deprimidas	-2.5
deprimente	-2.5
deprimentes	-2.5
depressão	-2.5
depressao	-2.5
decepcionado	-2.4
decepcionada	-2.4
decepcionados	-2.4
decepcionadas	-2.4
decepcionante	-2.5
decepcionantes	-2.5
decepção	-2.4
decepcao	-2.4
decepcionou	-2.5
desapontado	-2.2
desapontada	-2.2
desapontados	-2.2
desapontadas	-2.2
frustrado	-2.2
frustrada	-2.2
frustrados	-2.2
frustradas	-2.2
frustrante	-2.3
frustrantes	-2.3
frustração	-2.2
zangado	-2.2
zangada	-2.2
zangados	-2.2
zangadas	-2.2
nervoso	-1.4
nervosa	-1.4
nervosos	-1.4
nervosas	-1.4
puto da vida	-2.8
revoltado	-2.4
revoltada	-2.4
revoltados	-2.4
revoltadas	-2.4
revoltante	-2.8
revoltantes	-2.8
revolta	-2.2
indignado	-2.5
indignada	-2.5
indignados	-2.5
indignadas	-2.5
indignação	-2.4
furioso	-2.8
furiosa	-2.8
furiosos	-2.8
furiosas	-2.8
raiva	-2.4
ódio	-2.9
odio	-2.9
odeio	-3.0
odiei	-3.0
odeia	-2.8
odeiam	-2.8
odiar	-2.8
detesto	-3.0
detestei	-3.0
cansado	-1.4
cansada	-1.4
cansados	-1.4
cansadas	-1.4
cansei	-2.0
exausto	-1.5
exausta	-1.5
exaustos	-1.5
exaustas	-1.5
estressado	-1.9
estressada	-1.9
estressados	-1.9
estressadas	-1.9
estresse	-1.7
preocupado	-1.5
preocupada	-1.5
preocupados	-1.5
preocupadas	-1.5
preocupante	-1.8
preocupantes	-1.8
medo	-1.8
medos	-1.6
assustado	-1.8
assustada	-1.8
assustados	-1.8
assustadas	-1.8
assustador	-2.0
assustadora	-2.0
assustadores	-2.0
assustadoras	-2.0
pânico	-2.2
panico	-2.2
terror	-2.4
sozinho	-0.8
sozinha	-0.8
sozinhos	-0.8
sozinhas	-0.8
solidão	-1.6
doente	-1.8
doentes	-1.8
doença	-1.8
dor	-1.9
dores	-1.9
doi	-1.8
dói	-1.8
doeu	-1.8
doloroso	-2.2
dolorosa	-2.2
dolorosos	-2.2
dolorosas	-2.2
machucado	-1.8
machucada	-1.8
machucados	-1.8
machucadas	-1.8
quebrado	-1.6
quebrada	-1.6
quebrados	-1.6
quebradas	-1.6
quebrou	-1.6
estragado	-2.0
estragada	-2.0
estragados	-2.0
estragadas	-2.0
estragou	-2.1
defeito	-1.8
defeituoso	-2.4
defeituosa	-2.4
defeituosos	-2.4
defeituosas	-2.4
danificado	-2.0
danificada	-2.0
danificados	-2.0
danificadas	-2.0
inútil	-2.5
inutil	-2.5
inúteis	-2.5
inuteis	-2.5
incompetente	-2.7
incompetentes	-2.7
incompetência	-2.7
lento	-1.4
lenta	-1.4
lentos	-1.4
lentas	-1.4
lerdo	-1.6
lerda	-1.6
lerdos	-1.6
lerdas	-1.6
caro	-1.1
caros	-1.1
caríssimo	-1.8
caríssima	-1.8
caríssimos	-1.8
caríssimas	-1.8
sujo	-1.8
suja	-1.8
sujos	-1.8
sujas	-1.8
falso	-2.0
falsa	-2.0
falsos	-2.0
falsas	-2.0
falsidade	-2.3
mentiroso	-2.7
mentirosa	-2.7
mentirosos	-2.7
mentirosas	-2.7
mentira	-2.2
mentiras	-2.2
mente	0
mentiu	-2.3
hipócrita	-2.6
hipócritas	-2.6
hipocrita	-2.6
hipocritas	-2.6
hipocrisia	-2.5
corrupto	-2.8
corrupta	-2.8
corruptos	-2.8
corruptas	-2.8
corrupção	-2.6
corrupcao	-2.6
injusto	-2.2
injusta	-2.2
injustos	-2.2
injustas	-2.2
injustiça	-2.5
injustica	-2.5
cruel	-2.7
cruéis	-2.7
crueldade	-2.9
malvado	-2.6
malvada	-2.6
malvados	-2.6
malvadas	-2.6
maldade	-2.6
egoísta	-2.2
egoístas	-2.2
egoista	-2.2
egoistas	-2.2
invejoso	-1.9
invejosa	-1.9
invejosos	-1.9
invejosas	-1.9
inveja	-1.6
ciúme	-1.2
ciumes	-1.2
arrogante	-2.2
arrogantes	-2.2
arrogância	-2.2
grosso	-1.4
grossa	-1.4
grossos	-1.4
grossas	-1.4
grosseiro	-2.2
grosseira	-2.2
grosseiros	-2.2
grosseiras	-2.2
grosseria	-2.2
mal educado	-2.4
mal-educado	-2.4
mal-educada	-2.4
mal-educados	-2.4
mal-educadas	-2.4
covarde	-2.3
covardes	-2.3
absurdo	-2.0
absurda	-2.0
absurdos	-2.0
absurdas	-2.0
um absurdo	-2.6
inaceitável	-2.8
inaceitavel	-2.8
ignorante	-2.2
ignorantes	-2.2
ignorância	-2.0
medíocre	-2.0
medíocres	-2.0
mediocre	-2.0
mediocres	-2.0
perigoso	-1.8
perigosa	-1.8
perigosos	-1.8
perigosas	-1.8
perigo	-1.6
grave	-1.5
graves	-1.5
difícil	-1.0
dificil	-1.0
complicado	-1.0
complicada	-1.0
complicados	-1.0
complicadas	-1.0
impossível	-1.3
impossivel	-1.3
negativo	-1.6
negativa	-1.6
negativos	-1.6
negativas	-1.6
tóxico	-2.2
tóxica	-2.2
tóxicos	-2.2
tóxicas	-2.2
toxico	-2.2
toxica	-2.2
toxicos	-2.2
toxicas	-2.2
tristemente	-2.0
infelizmente	-2.0
infeliz	-2.4
infelizes	-2.4
desastre	-3.0
desastroso	-3.0
desastrosa	-3.0
desastrosos	-3.0
desastrosas	-3.0
catástrofe	-3.0
catastrofe	-3.0
tragédia	-3.0
tragedia	-3.0
trágico	-2.8
trágica	-2.8
trágicos	-2.8
trágicas	-2.8
caos	-2.0
crise	-1.4
fracasso	-2.6
fracassado	-2.6
fracassada	-2.6
fracassados	-2.6
fracassadas	-2.6
falha	-1.7
falhas	-1.7
falhou	-1.9
erro	-1.6
erros	-1.6
errado	-1.5
errada	-1.5
errados	-1.5
erradas	-1.5
errou	-1.6
problema	-1.5
problemas	-1.5
problemão	-2.2
reclamação	-1.6
reclamacao	-1.6
reclamar	-1.3
golpe	-2.0
golpista	-3.0
golpistas	-3.0
fraude	-3.0
roubo	-2.6
roubada	-2.6
roubaram	-2.6
ladrão	-2.8
ladrao	-2.8
ladrões	-2.8
ladroes	-2.8
enganação	-2.7
enganacao	-2.7
enganado	-2.6
enganada	-2.6
enganados	-2.6
enganadas	-2.6
enganar	-2.4
abuso	-2.6
abusivo	-2.6
abusiva	-2.6
abusivos	-2.6
abusivas	-2.6
lixo	-2.8
lixos	-2.8
porcaria	-2.8
porcarias	-2.8
bagulho	-0.5
tranqueira	-2.0
gambiarra	-1.8
merdinha	-2.4
cagada	-2.4
cagou	-2.0
morte	-2.3
mortes	-2.3
morto	-1.8
morta	-1.8
mortos	-1.8
mortas	-1.8
morrer	-1.8
morreu	-2.4
morrem	-2.3
matar	-2.4
matou	-2.7
assassinato	-3.2
assassino	-3.2
assassina	-3.2
assassinos	-3.2
assassinas	-3.2
crime	-2.8
crimes	-2.8
criminoso	-2.8
criminosa	-2.8
criminosos	-2.8
criminosas	-2.8
violência	-2.8
violencia	-2.8
violento	-2.6
violenta	-2.6
violentos	-2.6
violentas	-2.6
estupro	-3.4
agressão	-2.7
agressao	-2.7
ataque	-2.0
guerra	-2.6
acidente	-2.0
vítima	-2.3
vitima	-2.3
vítimas	-2.3
sofrer	-2.2
sofro	-2.2
sofrendo	-2.3
sofrimento	-2.6
chorar	-1.8
choro	-1.8
chorei	-0.8
chorando	-1.6
lágrimas	-1.4
lagrimas	-1.4
pena	-1.2
que pena	-2.2
q pena	-2.2
coitado	-1.5
coitada	-1.5
coitados	-1.5
coitadas	-1.5
coitadinho	-1.4
coitadinha	-1.4
coitadinhos	-1.4
coitadinhas	-1.4
pobre	-1.2
pobres	-1.2
pobreza	-1.8
fome	-0.6
miséria	-2.5
miseria	-2.5
desgraça	-2.8
desgraca	-2.8
desgraçado	-3.0
desgraçada	-3.0
desgraçados	-3.0
desgraçadas	-3.0
desgracado	-3.0
desgracada	-3.0
desgracados	-3.0
desgracadas	-3.0
azar	-2.0
que azar	-2.4
pesadelo	-2.6
inferno	-2.6
horror	-2.9
que horror	-3.0
ameaça	-2.0
ameaca	-2.0
racista	-2.7
racistas	-2.7
racismo	-2.8
machista	-2.5
machistas	-2.5
machismo	-2.5
homofóbico	-2.6
homofóbica	-2.6
homofóbicos	-2.6
homofóbicas	-2.6
homofobia	-2.7
preconceito	-2.5
preconceituoso	-2.6
preconceituosa	-2.6
preconceituosos	-2.6
preconceituosas	-2.6
fascista	-2.6
fascistas	-2.6
traição	-2.6
traicao	-2.6
traidor	-2.7
traidora	-2.7
traidores	-2.7
traidoras	-2.7
traíra	-2.6
mimimi	-1.6
mimizento	-1.8
mimizenta	-1.8
mimizentos	-1.8
mimizentas	-1.8
recalque	-1.8
recalcado	-2.0
recalcada	-2.0
recalcados	-2.0
recalcadas	-2.0
barraco	-1.5
climão	-1.5
treta	-1.2
vacilo	-1.8
vacilão	-2.0
vacilou	-1.8
mancada	-1.8
sacanagem	-2.0
que sacanagem	-2.5
zoado	-1.8
zoada	-1.8
zoados	-1.8
zoadas	-1.8
zuado	-1.8
zuada	-1.8
zuados	-1.8
zuadas	-1.8
bugado	-1.8
bugada	-1.8
bugados	-1.8
bugadas	-1.8
travou	-1.9
travando	-1.9
trava	-1.2
caiu	-1.0
fora do ar	-2.0
sem sinal	-1.8
sem internet	-1.8
não funciona	-2.4
nao funciona	-2.4
não funcionou	-2.4
nao funcionou	-2.4
não presta	-2.6
nao presta	-2.6
não serve	-2.2
não serve pra nada	-3.0
não vale a pena	-2.4
nao vale a pena	-2.4
não recomendo	-2.6
nao recomendo	-2.6
não compro mais	-2.6
nunca mais	-2.2
nunca mais compro	-2.8
não gostei	-2.2
nao gostei	-2.2
não gosto	-2.0
nao gosto	-2.0
n gosto	-2.0
não curti	-1.8
nao curti	-1.8
não aguento	-2.3
nao aguento	-2.3
n aguento	-2.3
não aguento mais	-2.6
nao aguento mais	-2.6
não suporto	-2.6
nao suporto	-2.6
não tô bem	-2.2
não estou bem	-2.2
não é ruim	1.0
nao e ruim	1.0
nada mal	1.5
não é mau	1.0
nada de mais	-0.4
nada demais	-0.4
sem problemas	1.2
sem problema	1.2
sem stress	1.2
de nada	1.0
não tem preço	2.0
nao tem preco	2.0
não tem como não amar	3.0
ainda não chegou	-2.2
ainda nao chegou	-2.2
não chegou	-2.2
nao chegou	-2.2
nunca chegou	-2.8
chegou quebrado	-2.6
chegou atrasado	-2.0
atraso	-1.7
atrasado	-1.6
atrasada	-1.6
atrasados	-1.6
atrasadas	-1.6
atrasou	-1.7
demora	-1.6
demorou	-1.5
demorando	-1.6
demorado	-1.5
demorada	-1.5
demorados	-1.5
demoradas	-1.5
esperando até agora	-2.3
até agora nada	-2.2
ate agora nada	-2.2
sem resposta	-2.2
ninguém responde	-2.5
ninguem responde	-2.5
não respondem	-2.3
nao respondem	-2.3
descaso	-2.6
que descaso	-3.0
falta de respeito	-2.8
cobrança indevida	-2.8
cobrado duas vezes	-2.8
cobraram duas vezes	-2.8
cobraram a mais	-2.6
quero meu dinheiro de volta	-2.5
reembolso	0
estorno	-0.3
cancelado	-1.2
cancelada	-1.2
cancelados	-1.2
canceladas	-1.2
cancelaram	-1.6
péssimo atendimento	-3.3
pessimo atendimento	-3.3
atendimento péssimo	-3.3
atendimento pessimo	-3.3
atendimento horrível	-3.3
mau atendimento	-2.6
perda de tempo	-2.6
dinheiro jogado fora	-2.6
jogar dinheiro fora	-2.4
# --- expressions ---
de boa	1.2
de boas	1.2
suave	0.8
suave na nave	1.5
tranquilo favorável	1.5
mandou bem	2.6
mandou muito bem	3.0
mandaram bem	2.6
mandou mal	-2.2
mandaram mal	-2.2
se deu bem	1.8
se deu mal	-2.0
deu certo	1.8
deu ruim	-2.2
deu merda	-2.8
deu errado	-2.0
deu pena	-1.8
dá pena	-1.8
dá raiva	-2.4
da raiva	-2.4
dá nojo	-3.0
da nojo	-3.0
dá medo	-1.8
da medo	-1.8
dá vergonha	-2.4
dá gosto	2.2
da gosto	2.2
dá sono	-1.6
da sono	-1.6
dando sono	-1.6
morrendo de sono	-0.8
que sono	-1.0
sono	0
me irrita	-2.4
irrita	-2.2
me emociona	2.2
emociona	2.0
me emocionei	2.2
emocionei	2.2
arrepiei	2.0
arrepiou	2.0
arrepiante	1.6
arrepiantes	1.6
me arrepio	1.8
coração quentinho	2.6
coração partido	-2.8
coracao partido	-2.8
de coração	1.5
do coração	1.2
com todo carinho	2.4
sem palavras	1.5
melhor coisa	2.6
a melhor coisa	2.8
a pior coisa	-3.0
pior coisa	-2.8
muito ruim	-2.8
mt ruim	-2.8
mto ruim	-2.8
que ruim	-2.6
q ruim	-2.6
que merda	-3.0
q merda	-3.0
que droga	-2.6
q droga	-2.6
que porra	-2.0
que bosta	-3.0
que raiva	-2.7
q raiva	-2.7
que triste	-2.6
q triste	-2.6
que tristeza	-2.7
que horrível	-3.2
que horrivel	-3.2
que absurdo	-2.8
q absurdo	-2.8
que isso	0
que coisa	-0.5
pelo amor de deus	-1.5
pelamor	-1.2
pelo amor	-1.0
tô nem aí	-0.8
to nem ai	-0.8
nem aí	-0.8
tanto faz	-0.5
mais ou menos	-0.3
meia boca	-1.6
meia-boca	-1.6
mediano	-0.4
mediana	-0.4
medianos	-0.4
medianas	-0.4
razoável	0.4
razoavel	0.4
aceitável	0.6
ok ok	0.5
sem sal	-1.5
nada a ver	-1.2
nd a ver	-1.2
nada haver	-1.2
forçado	-1.5
forçada	-1.5
forçados	-1.5
forçadas	-1.5
forçação	-1.8
forçada de barra	-2.0
forçação de barra	-2.0
é foda	-1.5
e foda	-1.5
foda-se	-2.5
fodase	-2.5
que foda	1.5
muito foda	2.4
mt foda	2.4
mto foda	2.4
foda demais	2.4
fodão	2.2
brabíssimo	2.2
brabíssima	2.2
brabíssimos	2.2
brabíssimas	2.2
chatão	-2.2
ranço	-2.4
ranco	-2.4
tô com ranço	-2.6
bode	-0.8
fossa	-2.0
na fossa	-2.3
bad	-2.0
na bad	-2.3
deprê	-2.2
down	-1.5
sofrência	-1.0
chororô	-1.4
choradeira	-1.4
ai que ódio	-3.0
que ódio	-3.0
q odio	-3.0
que odio	-3.0
to puto	-2.6
tô puto	-2.6
to puta	-2.6
tô puta	-2.6
delícia	2.7
delicia	2.7
delícias	2.7
gostosura	2.4
arrasou muito	3.0
amo muito	3.2
te amo	3.2
amo vc	3.2
amo você	3.2
te adoro	3.0
amo demais	3.2
eu amo	3.0
eu odeio	-3.0
sem condições	-1.6
sem condicoes	-1.6
não dá	-1.2
nao da	-1.2
não dá mais	-2.0
chega	-0.8
chega de	-1.5
que saco	-2.4
q saco	-2.4
saco cheio	-2.6
de saco cheio	-2.6
encheu o saco	-2.6
enche o saco	-2.4
palha	-0.5
feião	-2.2
credo	-1.8
cruzes	-1.5
eca	-2.2
eww	-2.0
boa sorte	1.8
bom dia	0.6
boa noite	0.5
boa tarde	0.5
boa semana	1.4
bom fim de semana	1.6
feliz aniversário	2.6
feliz aniversario	2.6
feliz natal	2.5
feliz ano novo	2.5
feliz dia	2.4
boa viagem	1.5
boa ideia	2.0
boa escolha	2.0
bom trabalho	2.4
bom demais	2.8
bom d+	2.8
bom pra caramba	2.8
pra caramba	0.3
d+	0.8
bem feito	1.0
bem-feito	1.0
ainda bem que	1.5
aí sim	2.0
ai sim	2.0
isso aí	1.5
isso ai	1.5
é isso aí	1.6
é nóis	1.8
e nois	1.8
é nois	1.8
manda ver	1.5
vou chorar	-1.0
quero chorar	-1.5
chorei muito	-1.2
fiquei triste	-2.4
to triste	-2.4
tô triste	-2.4
fiquei feliz	2.6
to feliz	2.6
tô feliz	2.6
muito feliz	3.0
mt feliz	3.0
mto feliz	3.0
feliz demais	3.1
triste demais	-2.8
amor da minha vida	3.2
meu amor	2.2
minha vida	1.0
perdeu a graça	-1.8
sem graça nenhuma	-2.2
que graça	2.2
uma graça	2.3
graça	0.8
engraçadíssimo	2.7
engraçadíssima	2.7
engraçadíssimos	2.7
engraçadíssimas	2.7
entretenimento	0.8
sem nexo	-1.6
nada a perder	0
perdeu	-1.4
perdemos	-1.8
perdi	-1.7
perder	-1.3
perdido	-1.2
perdida	-1.2
perdidos	-1.2
perdidas	-1.2
derrota	-2.2
eliminado	-1.6
eliminada	-1.6
eliminados	-1.6
eliminadas	-1.6
eliminação	-1.6
humilhação	-2.6
humilhante	-2.7
humilhantes	-2.7
humilhou	-2.2
constrangedor	-2.3
constrangedora	-2.3
constrangedores	-2.3
constrangedoras	-2.3
constrangimento	-2.0
fingida	-2.4
fingido	-2.4
fingidos	-2.4
fingidas	-2.4
falsiane	-2.4
cobra	-0.5
sonsa	-2.0
sonso	-2.0
sonsos	-2.0
sonsas	-2.0
barraqueira	-2.2
patricinha	-0.8
nojinho	-1.8
insuportável demais	-3.2
piorou	-2.0
pioro	-1.8
piora	-1.8
piorando	-2.0
cada vez pior	-2.5
cada vez melhor	2.2
só piora	-2.4
fiasco	-2.8
vexame	-2.7
micão	-1.8
mico	-1.6
pagou mico	-1.8
sem vergonha	-2.6
sem-vergonha	-2.6
safadeza	-2.0
pilantra	-2.8
malandro	-1.0
bandido	-2.6
bandida	-2.6
bandidos	-2.6
bandidas	-2.6
corno	-1.8
lixo humano	-3.4
ser humano incrível	3.2
gente boa	2.2
boa pessoa	2.3
pessoa incrível	3.0
mulherão	2.6
mulher maravilhosa	3.2
gente fina	2.2
coração bom	2.4
fiquei bravo	-2.0
fiquei brava	-2.0
bravinho	-1.2
bravinha	-1.2
bravinhos	-1.2
bravinhas	-1.2

# --- more vocabulary: character, behaviour, TV and everyday talk ---
antipático	-2.1
antipática	-2.1
antipáticos	-2.1
antipáticas	-2.1
antipatico	-2.1
antipatica	-2.1
antipaticos	-2.1
antipaticas	-2.1
antipatia	-2.1
deselegante	-1.9
deselegantes	-1.9
desorganizado	-1.6
desorganizada	-1.6
desorganizados	-1.6
desorganizadas	-1.6
desorganização	-1.7
bagunça	-1.3
bagunçado	-1.4
bagunçada	-1.4
bagunçados	-1.4
bagunçadas	-1.4
tenso	-1.3
tensa	-1.3
tensos	-1.3
tensas	-1.3
tensão	-1.2
malicioso	-1.4
maliciosa	-1.4
maliciosos	-1.4
maliciosas	-1.4
prepotente	-2.3
prepotentes	-2.3
presunçoso	-2.0
presunçosa	-2.0
presunçosos	-2.0
presunçosas	-2.0
se acha	-1.6
se achando	-1.6
zero carisma	-2.2
sem carisma	-2.0
carisma	1.8
carismático	2.2
carismática	2.2
carismáticos	2.2
carismáticas	2.2
carismatico	2.2
carismatica	2.2
carismaticos	2.2
carismaticas	2.2
simpatia	2.0
simpaticíssimo	2.6
simpaticíssima	2.6
simpaticíssimos	2.6
simpaticíssimas	2.6
fofoca	-1.0
fofoqueiro	-1.8
fofoqueira	-1.8
fofoqueiros	-1.8
fofoqueiras	-1.8
papo furado	-2.0
conversa fiada	-2.0
baba ovo	-1.8
puxa-saco	-2.0
puxa saco	-2.0
passando dos limites	-2.4
passou dos limites	-2.4
sem limites	-0.5
calar a boca	-1.8
cala a boca	-2.2
cala boca	-2.2
ninguém aguenta	-2.6
ninguem aguenta	-2.6
aguenta mais	-2.2
não aguenta mais	-2.6
nada que preste	-2.2
nada q preste	-2.2
preste	0.8
presta	1.0
bruxa	-1.6
cobra criada	-1.8
víbora	-2.2
sofri	-2.2
sofreu	-2.1
sofrido	-1.6
sofrida	-1.6
sofridos	-1.6
sofridas	-1.6
tombo	-1.4
queimado	-0.6
queimada	-0.6
queimados	-0.6
queimadas	-0.6
queimou	-1.0
chato pra caramba	-2.8
chatinho	-1.6
chatinha	-1.6
chatinhos	-1.6
chatinhas	-1.6
enjoado	-1.8
enjoada	-1.8
enjoados	-1.8
enjoadas	-1.8
enjoei	-1.8
enjoativo	-1.8
enjoativa	-1.8
enjoativos	-1.8
enjoativas	-1.8
cansativo	-1.8
cansativa	-1.8
cansativos	-1.8
cansativas	-1.8
repetitivo	-1.4
repetitiva	-1.4
repetitivos	-1.4
repetitivas	-1.4
previsível	-1.2
previsivel	-1.2
arrastado	-1.2
arrastada	-1.2
arrastados	-1.2
arrastadas	-1.2
sonolento	-1.2
sonolenta	-1.2
sonolentos	-1.2
sonolentas	-1.2
monótono	-1.7
monótona	-1.7
monótonos	-1.7
monótonas	-1.7
monotono	-1.7
monotona	-1.7
monotonos	-1.7
monotonas	-1.7
bizarro	-1.4
bizarra	-1.4
bizarros	-1.4
bizarras	-1.4
estranho	-0.8
estranha	-0.8
estranhos	-0.8
estranhas	-0.8
esquisito	-1.2
esquisita	-1.2
esquisitos	-1.2
esquisitas	-1.2
tosco	-2.2
tosca	-2.2
toscos	-2.2
toscas	-2.2
brega	-1.4
bregas	-1.4
cafona	-1.6
cafonas	-1.6
ultrapassado	-1.3
ultrapassada	-1.3
ultrapassados	-1.3
ultrapassadas	-1.3
exagerado	-1.2
exagerada	-1.2
exagerados	-1.2
exageradas	-1.2
exagero	-1.2
dramático	-0.8
dramática	-0.8
dramáticos	-0.8
dramáticas	-0.8
dramalhão	-1.5
vitimismo	-1.8
apelação	-1.8
apelativo	-1.8
apelativa	-1.8
apelativos	-1.8
apelativas	-1.8
polêmico	-0.6
polêmica	-0.6
polêmicos	-0.6
polêmicas	-0.6
vergonhosamente	-2.4
desnecessário	-1.7
desnecessária	-1.7
desnecessários	-1.7
desnecessárias	-1.7
desnecessario	-1.7
desnecessaria	-1.7
desnecessarios	-1.7
desnecessarias	-1.7
desrespeito	-2.5
desrespeitoso	-2.5
desrespeitosa	-2.5
desrespeitosos	-2.5
desrespeitosas	-2.5
desrespeitou	-2.5
humilhar	-2.4
zoeira	1.0
zoação	0.5
piada	-0.3
piadinha	-0.8
é piada	-1.8
só pode ser piada	-2.4
que piada	-2.0
cômico	1.2
cômica	1.2
cômicos	1.2
cômicas	1.2
engraçadinho	-0.6
engraçadinha	-0.6
engraçadinhos	-0.6
engraçadinhas	-0.6
hilariante	2.4
hilariantes	2.4
divertidíssimo	2.8
divertidíssima	2.8
divertidíssimos	2.8
divertidíssimas	2.8
fenomenal	3.0
fenomenais	3.0
surreal	1.0
surreais	1.0
épico	2.5
épica	2.5
épicos	2.5
épicas	2.5
epico	2.5
epica	2.5
epicos	2.5
epicas	2.5
iconico	2.3
iconica	2.3
iconicos	2.3
iconicas	2.3
icônico	2.3
icônica	2.3
icônicos	2.3
icônicas	2.3
histórico	0.6
histórica	0.6
históricos	0.6
históricas	0.6
emocionantíssimo	2.8
emocionantíssima	2.8
emocionantíssimos	2.8
emocionantíssimas	2.8
comovente	2.0
comoventes	2.0
tocante	1.9
tocantes	1.9
inspirador	2.3
inspiradora	2.3
inspiradores	2.3
inspiradoras	2.3
inspiração	1.8
motivação	1.6
motivado	1.8
motivada	1.8
motivados	1.8
motivadas	1.8
campeão	2.2
campeona	2.2
campeões	2.2
campeonas	2.2
campeã	2.2
campeãs	2.2
merecido	1.8
merecida	1.8
merecidos	1.8
merecidas	1.8
mereceu	1.6
merece	1.2
merecia	0.5
injustiçado	-2.0
injustiçada	-2.0
injustiçados	-2.0
injustiçadas	-2.0
injustamente	-2.0
roubado	-2.2
roubados	-2.2
roubadas	-2.2
marmelada	-2.4
armação	-1.8
armado	-0.5
favoritismo	-0.8
torcer contra	-1.4
fora	0
fora temer	-1.6
sai	0
tira	0
eliminar	-0.5
eliminaram	-1.4
saiu	-0.3
saída	-0.3
que injustiça	-2.8
repescagem	0.3
# --- verbs of emotion in the first person (tweet style) ---
amei muito	3.3
adorei muito	3.2
gostei muito	2.8
curti muito	2.6
odiei muito	-3.2
chorei de rir	2.6
ri muito	2.4
ri demais	2.4
rindo	1.5
rindo muito	2.2
ri	1.0
rir	1.2
me diverti	2.4
divertiu	2.2
divertir	1.8
me decepcionei	-2.5
decepcionei	-2.3
me arrependi	-2.0
arrependido	-1.9
arrependida	-1.9
arrependidos	-1.9
arrependidas	-1.9
arrependimento	-2.0
me irritei	-2.4
irritei	-2.2
me estressei	-2.0
fiquei com raiva	-2.6
fiquei com medo	-1.8
fiquei com pena	-1.7
fiquei chateado	-2.2
fiquei chateada	-2.2
fiquei decepcionado	-2.5
fiquei decepcionada	-2.5
fiquei emocionado	2.2
fiquei emocionada	2.2
fiquei encantado	2.6
fiquei encantada	2.6
fiquei impressionado	2.0
fiquei impressionada	2.0
fiquei chocado	-1.5
fiquei chocada	-1.5
chocado	-1.5
chocada	-1.5
chocados	-1.5
chocadas	-1.5
chocante	-1.8
chocantes	-1.8
choquei	0.5
passada	0
fiquei passada	0.3
surpreso	0.6
surpresa	0.6
surpresos	0.6
surpresas	0.6
que surpresa	1.2
boa surpresa	2.3
surpreendente	1.8
surpreendentes	1.8
surpreendeu	1.4
me surpreendeu	1.8
preocupa	-1.5
me preocupa	-1.7
assusta	-1.6
me assusta	-1.8
me dá medo	-1.9
me deixa triste	-2.4
me deixa feliz	2.6
alegra	2.2
me alegra	2.4
alegrou	2.4
me alegrou	2.6
animou	1.8
desanimado	-2.0
desanimada	-2.0
desanimados	-2.0
desanimadas	-2.0
desanima	-2.0
desanimei	-2.0
desânimo	-2.0
desisto	-1.8
desisti	-1.6
desistir	-1.2
lamento	-1.4
lamentar	-1.4
sinto muito	-1.0
desculpa	-0.3
desculpe	-0.3
foi mal	-0.8
perdão	-0.3
# --- more positive and negative everyday words ---
capricho	1.8
caprichado	2.2
caprichada	2.2
caprichados	2.2
caprichadas	2.2
caprichou	2.3
bem-feitinho	1.8
bem servido	2.0
apetitoso	2.3
apetitosa	2.3
apetitosos	2.3
apetitosas	2.3
suculento	2.3
suculenta	2.3
suculentos	2.3
suculentas	2.3
crocante	1.0
crocantes	1.0
cru	-0.5
sem sabor	-1.8
insosso	-1.8
insossa	-1.8
insossos	-1.8
insossas	-1.8
salgado	-0.6
salgada	-0.6
salgados	-0.6
salgadas	-0.6
gorduroso	-1.0
gordurosa	-1.0
gordurosos	-1.0
gordurosas	-1.0
nojentona	-3.0
porquinho	-0.5
mal feito	-2.0
malfeito	-2.0
malfeita	-2.0
malfeitos	-2.0
malfeitas	-2.0
mal passado	0
bem passado	0
capenga	-1.8
capengas	-1.8
sofrível	-2.0
sofrivel	-2.0
vexaminoso	-2.6
vexaminosa	-2.6
vexaminosos	-2.6
vexaminosas	-2.6
desastrado	-1.6
desastrada	-1.6
desastrados	-1.6
desastradas	-1.6
atrapalhado	-1.4
atrapalhada	-1.4
atrapalhados	-1.4
atrapalhadas	-1.4
confuso	-1.4
confusa	-1.4
confusos	-1.4
confusas	-1.4
confusão	-1.4
briguento	-1.8
briguenta	-1.8
briguentos	-1.8
briguentas	-1.8
barulho	-0.8
barulhento	-1.4
barulhenta	-1.4
barulhentos	-1.4
barulhentas	-1.4
calor	-0.3
frio	-0.2
preguiça	-1.4
preguiçoso	-1.6
preguiçosa	-1.6
preguiçosos	-1.6
preguiçosas	-1.6
que preguiça	-1.9
tédio total	-2.6
agonia	-2.2
agoniado	-2.0
agoniada	-2.0
agoniados	-2.0
agoniadas	-2.0
angústia	-2.3
angustiante	-2.3
angustiantes	-2.3
aflito	-2.0
aflita	-2.0
aflitos	-2.0
aflitas	-2.0
aflição	-2.0
nervosismo	-1.5
desespero	-2.4
desesperado	-2.2
desesperada	-2.2
desesperados	-2.2
desesperadas	-2.2
desesperador	-2.4
desesperadora	-2.4
desesperadores	-2.4
desesperadoras	-2.4
sufoco	-1.8
perrengue	-1.8
pesado	-1.0
pesada	-1.0
pesados	-1.0
pesadas	-1.0
dureza	-1.4
difícil demais	-1.8
curado	1.6
curada	1.6
curados	1.6
curadas	1.6
recuperado	1.3
recuperada	1.3
recuperados	1.3
recuperadas	1.3
melhorei	1.8
melhorando	1.4
aliviado	1.6
aliviada	1.6
aliviados	1.6
aliviadas	1.6
alívio	1.7
alivio	1.7
ufa	1.2
ufaa*	1.3
finalmente	1.0
enfim	0.5
tomara	0.8
se deus quiser	1.0
oxalá	0.8
torcer	1.0
vibrando	2.2
vibrei	2.2
comemorar	1.8
comemorando	2.0
celebrar	1.8
festejar	1.8
sucesso total	3.0
arrasador	2.6
arrasadora	2.6
arrasadores	2.6
arrasadoras	2.6
estonteante	2.8
estonteantes	2.8
deslumbrante	3.0
deslumbrantes	3.0
charmoso	2.2
charmosa	2.2
charmosos	2.2
charmosas	2.2
charme	1.8
sexy	1.8
sensual	1.5
sensuais	1.5
elegância	2.0
estiloso	2.0
estilosa	2.0
estilosos	2.0
estilosas	2.0
bem vestido	1.8
bem vestida	1.8
maravilhosamente	3.0
perfeitamente	2.3
lindamente	2.8
infelicidade	-2.5
desgosto	-2.3
desprezo	-2.6
desprezível	-3.0
repugnante	-3.1
repugnantes	-3.1
podre	-2.4
podres	-2.4
podridão	-2.6
escroque	-3.0
vigarista	-3.0
vigaristas	-3.0
mal caráter	-2.8
mau caráter	-2.8
sem caráter	-2.8
caráter	1.2
cafajeste	-2.6
cafajestes	-2.6
machão	-1.0
gordofobia	-2.4
ofensivo	-2.3
ofensiva	-2.3
ofensivos	-2.3
ofensivas	-2.3
ofendeu	-2.2
ofendido	-1.8
ofendida	-1.8
ofendidos	-1.8
ofendidas	-1.8
ofensa	-2.2
insulto	-2.2
xingar	-1.8
xingou	-1.8
xingamento	-2.0
enganou	-2.4
traiu	-2.6
decepciona	-2.4

# --- verb forms the stemmer does not join with their family ---
amava	2.6
amou	2.8
amaram	2.8
amavam	2.6
amaria	2.2
adorava	2.6
adorou	2.9
adoraram	2.9
odiava	-2.7
odiou	-2.9
odiaram	-2.9
gostava	1.5
gostaram	2.0
gostamos	2.0
curtiram	2.0
curte	1.8
curtem	1.8
detesta	-2.8
detestam	-2.8
detestou	-2.9
chorou	-1.7
choraram	-1.7
chorando muito	-2.0
sofreram	-2.1
irritou	-2.2
estressante	-2.1
estressantes	-2.1
decepcionaram	-2.5
# --- more adjectives and nouns ---
abominável	-3.0
abominavel	-3.0
horrendo	-3.0
horrenda	-3.0
horrendos	-3.0
horrendas	-3.0
sinistro	-1.2
sinistra	-1.2
sinistros	-1.2
sinistras	-1.2
macabro	-2.2
macabra	-2.2
macabros	-2.2
macabras	-2.2
cruel demais	-3.0
covardia	-2.5
mesquinho	-2.4
mesquinha	-2.4
mesquinhos	-2.4
mesquinhas	-2.4
mesquinharia	-2.4
ganancioso	-2.3
gananciosa	-2.3
gananciosos	-2.3
gananciosas	-2.3
ganância	-2.3
avarento	-2.0
avarenta	-2.0
avarentos	-2.0
avarentas	-2.0
pão-duro	-1.6
folgado	-1.6
folgada	-1.6
folgados	-1.6
folgadas	-1.6
folga	0.5
abusado	-1.8
abusada	-1.8
abusados	-1.8
abusadas	-1.8
atrevido	-1.2
atrevida	-1.2
atrevidos	-1.2
atrevidas	-1.2
debochado	-1.2
debochada	-1.2
debochados	-1.2
debochadas	-1.2
deboche	-1.4
sarcástico	-1.0
sarcástica	-1.0
sarcásticos	-1.0
sarcásticas	-1.0
irônico	-0.5
irônica	-0.5
irônicos	-0.5
irônicas	-0.5
cínico	-1.9
cínica	-1.9
cínicos	-1.9
cínicas	-1.9
cinismo	-2.0
manipulador	-2.4
manipuladora	-2.4
manipuladores	-2.4
manipuladoras	-2.4
manipulação	-2.2
ciumento	-1.4
ciumenta	-1.4
ciumentos	-1.4
ciumentas	-1.4
possessivo	-1.6
possessiva	-1.6
possessivos	-1.6
possessivas	-1.6
carente	-0.8
carentes	-0.8
inseguro	-1.2
insegura	-1.2
inseguros	-1.2
inseguras	-1.2
insegurança	-1.4
medroso	-1.2
medrosa	-1.2
medrosos	-1.2
medrosas	-1.2
tímido	-0.3
tímida	-0.3
tímidos	-0.3
tímidas	-0.3
perdedor	-2.0
perdedora	-2.0
perdedores	-2.0
perdedoras	-2.0
derrotado	-2.0
derrotada	-2.0
derrotados	-2.0
derrotadas	-2.0
humilhado	-2.5
humilhada	-2.5
humilhados	-2.5
humilhadas	-2.5
envergonhado	-1.6
envergonhada	-1.6
envergonhados	-1.6
envergonhadas	-1.6
constrangido	-1.6
constrangida	-1.6
constrangidos	-1.6
constrangidas	-1.6
magoado	-2.2
magoada	-2.2
magoados	-2.2
magoadas	-2.2
mágoa	-2.2
magoa	-2.2
ressentido	-1.9
ressentida	-1.9
ressentidos	-1.9
ressentidas	-1.9
rancoroso	-2.0
rancorosa	-2.0
rancorosos	-2.0
rancorosas	-2.0
vingança	-1.8
vingativo	-2.0
vingativa	-2.0
vingativos	-2.0
vingativas	-2.0
infiel	-2.0
infiéis	-2.0
interesseiro	-2.2
interesseira	-2.2
interesseiros	-2.2
interesseiras	-2.2
aproveitador	-2.2
aproveitadora	-2.2
aproveitadores	-2.2
aproveitadoras	-2.2
oportunista	-2.0
oportunistas	-2.0
chantagem	-2.6
ameaçou	-2.0
ameaçar	-2.0
agressivo	-2.3
agressiva	-2.3
agressivos	-2.3
agressivas	-2.3
idiotice	-2.5
besteira	-1.5
bobagem	-1.2
bobeira	-1.0
asneira	-1.8
ridicularizar	-2.2
decadente	-1.8
decadentes	-1.8
decadência	-2.0
lamentavelmente	-2.2
desagradou	-2.0
agradou	2.0
agradar	1.4
agrada	1.6
encanto	2.3
graciosa	2.0
gracioso	2.0
graciosos	2.0
graciosas	2.0
elegantíssimo	2.6
elegantíssima	2.6
elegantíssimos	2.6
elegantíssimas	2.6
belezura	2.6
gostosão	2.2
maravilhoso demais	3.4
incrível demais	3.3
top demais	2.8
legal demais	2.8
bom demais da conta	3.0
sensacional demais	3.3
talentosíssimo	2.9
talentosíssima	2.9
talentosíssimos	2.9
talentosíssimas	2.9
genialidade	2.8
competência	1.8
dedicação	1.8
dedicado	1.8
dedicada	1.8
dedicados	1.8
dedicadas	1.8
esforçado	1.5
esforçada	1.5
esforçados	1.5
esforçadas	1.5
esforço	0.8
guerreiro	1.8
guerreira	1.8
guerreiros	1.8
guerreiras	1.8
batalhador	1.8
batalhadora	1.8
batalhadores	1.8
batalhadoras	1.8
vitorioso	2.3
vitoriosa	2.3
vitoriosos	2.3
vitoriosas	2.3
heroína	1.5
herói	2.4
heroi	2.4
ídolos	2.3
exemplo	1.0
um exemplo	1.6
admiro	2.4
admirar	2.2
respeito muito	2.4
merece respeito	2.0
respeitar	1.3
confiar	1.0
confiança	1.5
honestidade	2.0
lealdade	1.8
humildade	2.0
bondade	2.4
generosidade	2.4
gentileza	2.2
ternura	2.3
afeto	2.0
afeição	2.0
prazeroso	2.2
prazerosa	2.2
prazerosos	2.2
prazerosas	2.2
relaxante	1.8
relaxantes	1.8
gratificante	2.5
gratificantes	2.5
satisfatório	2.0
satisfatória	2.0
satisfatórios	2.0
satisfatórias	2.0
vantagem	1.2
vantajoso	1.6
vantajosa	1.6
vantajosos	1.6
vantajosas	1.6
benefício	1.2
melhoria	1.5
progresso	1.4
evolução	1.2
evoluiu	1.4
cresceu	0.6
superou	1.8
superar	1.2
superação	2.0
conquistar	1.6
conquistaram	2.0
aprovado	1.6
aprovada	1.6
aprovados	1.6
aprovadas	1.6
aprovou	1.2
reprovado	-1.6
reprovada	-1.6
reprovados	-1.6
reprovadas	-1.6
reprovou	-1.4
rejeitado	-1.8
rejeitada	-1.8
rejeitados	-1.8
rejeitadas	-1.8
abandonado	-1.9
abandonada	-1.9
abandonados	-1.9
abandonadas	-1.9
esquecido	-1.0
esquecida	-1.0
esquecidos	-1.0
esquecidas	-1.0
ignorado	-1.7
ignorada	-1.7
ignorados	-1.7
ignoradas	-1.7
ignorou	-1.6
desprezou	-2.2
perdoar	1.0
perdoou	1.2
sorrir	1.8
sorrindo	2.0
sorriu	1.8
feliz da vida	3.2
de bem com a vida	2.6
em paz	1.6
paz de espírito	2.2
de alma lavada	2.6
alma lavada	2.6
nas nuvens	2.4
no céu	1.0
coração apertado	-2.0
aperto no coração	-2.0
nó na garganta	-1.8
de mal	-1.5
mal-humorado	-2.0
mal-humorada	-2.0
mal-humorados	-2.0
mal-humoradas	-2.0
mau humor	-2.0
mal humor	-2.0
mau	-2.0
maus	-2.0
má	-2.0
más	0
mau gosto	-2.0
de mau gosto	-2.2
falta de educação	-2.4
falta de noção	-2.4
falta de vergonha	-2.6
sem educação	-2.4
cara de pau	-2.4
cara-de-pau	-2.4
pé no saco	-2.6
enche linguiça	-1.6
encheção de linguiça	-1.8
lenga-lenga	-1.6
blá-blá-blá	-1.4
mimimi demais	-2.0
sem futuro	-2.0
deu pra ti	-1.4
já era	-1.2
tá osso	-1.8
ta osso	-1.8
osso	-0.5
tá difícil	-1.6
ta dificil	-1.6
tá foda	-2.0
ta foda	-2.0
tá tenso	-1.8
ta tenso	-1.8
tá top	2.4
ta top	2.4
tá lindo	2.8
ta lindo	2.8
tá linda	2.8
ta linda	2.8
tá ótimo	2.8
ta otimo	2.8
tá bom	1.2
ta bom	1.2
tá ruim	-2.2
ta ruim	-2.2
tá chato	-2.2
ta chato	-2.2
estou amando	3.0
to amando	3.0
tô amando	3.0
to adorando	2.9
tô adorando	2.9
to gostando	2.0
tô gostando	2.0
to odiando	-2.9
tô odiando	-2.9
me apaixonei	2.8
me apaixonando	2.6
to passando mal	-2.0
passando mal	-1.8
passei mal	-1.8
to mal	-2.0
tô mal	-2.0
estou mal	-2.0
to bem	1.4
tô bem	1.4
estou bem	1.4
estou feliz	2.8
estou triste	-2.4
tô cansado	-1.6
tô cansada	-1.6
to cansado	-1.6
to cansada	-1.6
morta de cansaço	-2.0
morto de cansaço	-2.0
cansaço	-1.4
# --- customer care ---
entrega atrasada	-2.2
pedido atrasado	-2.2
produto com defeito	-2.6
veio quebrado	-2.6
veio com defeito	-2.6
veio errado	-2.2
não recebi	-2.2
nao recebi	-2.2
ainda não recebi	-2.4
ainda nao recebi	-2.4
nunca recebi	-2.6
cadê meu pedido	-2.2
cade meu pedido	-2.2
me enrolando	-2.4
enrolação	-2.2
enrolacao	-2.2
enrolaram	-2.2
me enrolaram	-2.4
propaganda enganosa	-2.8
atendimento ruim	-2.6
atendimento horroroso	-3.2
suporte péssimo	-3.2
suporte pessimo	-3.2
chegou rápido	2.2
chegou antes do prazo	2.6
entrega rápida	2.2
super rápido	2.2
recomendo a todos	2.6
recomendo demais	2.9
amei o produto	3.0
produto excelente	3.0
ótima qualidade	2.8
otima qualidade	2.8
boa qualidade	2.2
péssima qualidade	-3.2
pessima qualidade	-3.2
qualidade ruim	-2.6
baixa qualidade	-2.2
custo-benefício	1.0
custo benefício	1.0
vale cada centavo	2.8
dinheiro bem gasto	2.4

nada pior	-2.5
nada melhor	2.4
nada melhor que	2.4

não tem problema	1.2
nao tem problema	1.2
não há problema	1.2
não tem nada de mais	-0.3

# --- added after checking common words the lexicon missed ---
euforia	2.4
eufórico	2.4
eufórica	2.4
eufóricos	2.4
eufóricas	2.4
apatia	-1.4
ranzinza	-1.7
ranzinzas	-1.7
rabugento	-1.8
rabugenta	-1.8
rabugentos	-1.8
rabugentas	-1.8
amargurado	-2.0
amargurada	-2.0
amargurados	-2.0
amarguradas	-2.0
amargo	-0.8
amarga	-0.8
amargos	-0.8
amargas	-0.8
vaidoso	-1.4
vaidosa	-1.4
vaidosos	-1.4
vaidosas	-1.4
exibido	-1.4
exibida	-1.4
exibidos	-1.4
exibidas	-1.4
trapaceiro	-2.4
trapaceira	-2.4
trapaceiros	-2.4
trapaceiras	-2.4
trapaça	-2.4
desvio de dinheiro	-2.8
propina	-2.6
impune	-2.2
impunes	-2.2
impunidade	-2.4
maltrato	-2.6
maus-tratos	-2.8
bullying	-2.8
discussão	-1.0
conflito	-1.6
harmonia	2.0
serenidade	2.0
sossego	1.4
consolo	1.2
fé	1.0
inquietação	-1.4
desamor	-2.2
desilusão	-2.2
desiludido	-2.2
desiludida	-2.2
desiludidos	-2.2
desiludidas	-2.2
infidelidade	-2.4
chifre	-1.5
levou chifre	-2.0
remorso	-1.8
dignidade	1.4
falência	-2.2
riqueza	1.2
abundância	1.4
prosperidade	2.0
próspero	2.0
próspera	2.0
prósperos	2.0
prósperas	2.0
namoro	0.8
crush	0.6
romântico	1.2
romântica	1.2
românticos	1.2
românticas	1.2
romance	0.8
férias	1.2
de férias	1.6
descansar	0.8
descanso	0.8
soneca	0.6
ressaca	-1.0
reprovei	-2.0
passei de ano	2.0
passei na prova	2.2
greve	-0.8
engarrafamento	-1.4
trânsito	-0.5
cansadíssimo	-1.8
cansadíssima	-1.8
cansadíssimos	-1.8
cansadíssimas	-1.8
uwu	1.5
gg	0.8
snif	-1.4
socorro	-0.6
misericórdia	-1.0
jesus amado	-0.3
nossa senhora	-0.5
monstro	-0.5
é um monstro	1.0
fera	1.2
brutal	-1.2
brutais	-1.2
bestial	-1.0
selvagem	-0.5
barbaridade	-2.0
que barbaridade	-2.4
drama	-1.2
dramas	-1.2
intenso	0.3
intensa	0.3
intensos	0.3
intensas	0.3
encher o saco	-2.4
enchendo o saco	-2.4
sdds	-0.6
cringe	-1.8
babado	0.3
bafão	0.5
close	0.6
deu close	1.6
hino	2.0
hinos	2.0
é hino	2.6
perfeitinho	2.8
perfeitinha	2.8
perfeitinhos	2.8
perfeitinhas	2.8
está bem	1.2
tá bem	1.0
ta bem	1.0
fica bem	1.2
vai ficar tudo bem	1.6
vai ficar bem	1.6

te venero	2.6
venero	2.2
fã	1.6
sou fã	2.2
virei fã	2.4
muito fã	2.4
lacrador	2.4
lacradora	2.4
lacradores	2.4
lacradoras	2.4
lacrou muito	2.9
gracinha	2.2
uma gracinha	2.4
delicinha	2.2
meigo	2.0
meiga	2.0
meigos	2.0
meigas	2.0
é mara	2.4
flop	-1.8
flopou	-2.0
flopada	-2.0
me amarro	2.2
amarradão	2.2
surtando	0.5
surtei	0.5
shippando	1.2
shippo	1.2
deu uma aula	2.4
que aula	2.6
uma aula	1.4
aula de	0.8
que homem	1.8
que mulher	2.0
que voz	2.2
voz linda	2.8
o maior	1.0
a maior	0.8
é o maior	1.8
é a maior	1.8
sensualizando	1.0

musa	2.4
xuxu	2.0
chuchu	1.8
benzinho	2.2
amorzão	2.6
mozão	2.4
mozao	2.4
migo	0.6
miga	0.6
parça	1.0
bff	2.0
gênia	2.6
daora	2.2
dahora	2.2
da hora	2.0
inacreditável	0.5
inacreditavel	0.5
hit	1.6
hitou	2.0
estourou	1.0
viralizou	0.8
bombou	1.8
bombando	1.8
amassou	2.2
amassando	2.2
sambando na cara	1.8
quebrou tudo	2.4
quebrando tudo	2.4
carência	-1.0

que baixaria	-2.4
muito generoso	2.5
muito generosa	2.5

# --- negative adjectives of character ---
autoritário	-1.8
autoritária	-1.8
autoritários	-1.8
autoritárias	-1.8
cabeça-dura	-1.3
cobiçoso	-2.0
cobiçosa	-2.0
cobiçosos	-2.0
cobiçosas	-2.0
déspota	-2.4
déspotas	-2.4
desagradecido	-2.0
desagradecida	-2.0
desagradecidos	-2.0
desagradecidas	-2.0
ingrato	-2.0
ingrata	-2.0
ingratos	-2.0
ingratas	-2.0
descarado	-2.0
descarada	-2.0
descarados	-2.0
descaradas	-2.0
desleixado	-1.6
desleixada	-1.6
desleixados	-1.6
desleixadas	-1.6
desonesto	-2.4
desonesta	-2.4
desonestos	-2.4
desonestas	-2.4
desleal	-2.2
desleais	-2.2
egocêntrico	-2.0
egocêntrica	-2.0
egocêntricos	-2.0
egocêntricas	-2.0
fanfarrão	-1.6
fanfarrona	-1.6
fanfarrões	-1.6
fanfarronas	-1.6
fútil	-1.3
fúteis	-1.3
histérico	-1.8
histérica	-1.8
histéricos	-1.8
histéricas	-1.8
impaciente	-0.8
impacientes	-0.8
impertinente	-1.6
impertinentes	-1.6
imprudente	-1.5
imprudentes	-1.5
imaturo	-1.6
imatura	-1.6
imaturos	-1.6
imaturas	-1.6
insensível	-1.8
insensíveis	-1.8
intolerante	-2.0
intolerantes	-2.0
irresponsável	-2.2
irresponsáveis	-2.2
negligente	-2.0
negligentes	-2.0
negligência	-2.2
obsessivo	-1.2
obsessiva	-1.2
obsessivos	-1.2
obsessivas	-1.2
pedante	-1.6
pedantes	-1.6
soberbo	-1.2
soberba	-1.2
soberbos	-1.2
soberbas	-1.2
superficial	-1.4
superficiais	-1.4
sovina	-1.6
sovinas	-1.6
teimoso	-1.2
teimosa	-1.2
teimosos	-1.2
teimosas	-1.2
traiçoeiro	-2.5
traiçoeira	-2.5
traiçoeiros	-2.5
traiçoeiras	-2.5
esnobe	-1.5
esnobes	-1.5

# --- positive adjectives of character ---
atraente	2.0
atraentes	2.0
autêntico	1.3
autêntica	1.3
autênticos	1.3
autênticas	1.3
bondoso	2.4
bondosa	2.4
bondosos	2.4
bondosas	2.4
compreensivo	1.8
compreensiva	1.8
compreensivos	1.8
compreensivas	1.8
cordial	1.6
cordiais	1.6
cuidadoso	1.2
cuidadosa	1.2
cuidadosos	1.2
cuidadosas	1.2
esperto	1.0
esperta	1.0
espertos	1.0
espertas	1.0
extrovertido	0.8
extrovertida	0.8
extrovertidos	0.8
extrovertidas	0.8
habilidoso	1.6
habilidosa	1.6
habilidosos	1.6
habilidosas	1.6
leal	1.8
leais	1.8
persistente	1.2
persistentes	1.2
prestativo	2.2
prestativa	2.2
prestativos	2.2
prestativas	2.2
prudente	1.0
prudentes	1.0
sensato	1.4
sensata	1.4
sensatos	1.4
sensatas	1.4
solidário	1.9
solidária	1.9
solidários	1.9
solidárias	1.9
tolerante	1.4
tolerantes	1.4
versátil	1.4

# --- verbs of feeling ---
aborrecer	-1.6
aborrecido	-1.8
aborrecida	-1.8
aborrecidos	-1.8
aborrecidas	-1.8
apavorado	-2.2
apavorada	-2.2
apavorados	-2.2
apavoradas	-2.2
apavorante	-2.4
apavorantes	-2.4
atormentar	-2.2
atormentado	-2.2
atormentada	-2.2
atormentados	-2.2
atormentadas	-2.2
desconfiar	-1.2
desconfiança	-1.6
enfurecer	-2.6
enfurecido	-2.7
enfurecida	-2.7
enfurecidos	-2.7
enfurecidas	-2.7
enlouquecer	-0.8
entristecer	-2.0
entristecido	-2.2
entristecida	-2.2
entristecidos	-2.2
entristecidas	-2.2
escandaloso	-2.2
escandalosa	-2.2
escandalosos	-2.2
escandalosas	-2.2
horrorizado	-2.6
horrorizada	-2.6
horrorizados	-2.6
horrorizadas	-2.6
incomodar	-1.4
incomodado	-1.6
incomodada	-1.6
incomodados	-1.6
incomodadas	-1.6
incômodo	-1.6
incômoda	-1.6
incômodos	-1.6
incômodas	-1.6
me incomoda	-1.8
incomoda	-1.5
menosprezar	-2.2
perturbado	-1.6
perturbada	-1.6
perturbados	-1.6
perturbadas	-1.6
perturbador	-2.0
perturbadora	-2.0
perturbadores	-2.0
perturbadoras	-2.0
tranquilizar	1.0
# --- coverage batch (2nd session): TV-chat and everyday colloquial words, feelings, mild evaluative words,
# --- forms typed without accents; written from knowledge of the language, one valence per family
to chorando	-1.2
tô chorando	-1.2
vai se ferrar	-2.5
vai se fuder	-3.0
se ferrar	-1.8
desprezíveis	-2.5
desprezivel	-2.5
traumático	-2.0
traumática	-2.0
traumáticos	-2.0
traumáticas	-2.0
traumatizado	-2.0
traumatizada	-2.0
lascou	-1.5
se lascou	-1.8
lascado	-1.5
zicado	-1.5
zicada	-1.5
zica	-1.2
uma naja	-1.8
muito naja	-1.8
o mala	-1.5
um mala	-1.5
que mala	-1.5
cadê	-0.2
cade	-0.2
cadeee	-0.4
não to aguentando	-1.6
não tô aguentando	-1.6
nao to aguentando	-1.6
ninguém merece	-1.8
ninguem merece	-1.8
razão do meu viver	2.8
me amarrei	2.0
me amarro demais	2.4
me amo	1.5
mara	2.0
maraaa	2.0
maravigold	2.0
vontade	0.4
que vontade	1.0
com vontade	0.8
com certeza	0.6
passando nervoso	-1.6
entediado	-1.5
entediada	-1.5
entediados	-1.5
entediadas	-1.5
preguica	-1.0
pega leve	-0.6
seja menos	-1.5
seja menas	-1.5
dramatizando	-0.8
tira ela	-1.2
tira ele	-1.2
tira a	-0.8
tira o	-0.8
bye bye	-0.6
acabou	-0.4
acaba comigo	-1.0
acabou comigo	-1.2
traumatizante	-2.2
traumatizantes	-2.2
enterrou	-1.2
que diabos	-1.5
diabo	-1.2
pelos deuses	-0.8
caraca	-0.5
ai senhor	-0.5
ai meu deus	-0.4
pfvr	-0.2
cotado	0.8
cotada	0.8
cotados	0.8
cotadas	0.8
grande	0.4
grandes	0.4
grande atriz	2.0
grande ator	2.0
boyzinho	0.6
boyzinhos	0.6
deu vontade	1.2
é tudo	2.0
é tudo que peço	2.0
divo	1.6
icone	1.5
ícone	1.5
jamais tire	-0.2
não perco	1.2
nao perco	1.2
não perco de jeito nenhum	2.0
brigado	1.2
brigada	1.2
vai se ferra	-2.5
ninguém mais aguenta	-2.0
ninguem mais aguenta	-2.0
quero não	-0.8
quero nao	-0.8
nem a pau	-1.2
não combina	-0.8
nao combina	-0.8
faltou	-0.6
embolorado	-1.8
embolorada	-1.8
embolorados	-1.8
emboloradas	-1.8
calado	-0.4
calada	-0.4
pecado	-1.0
baixa audiência	-1.2
baixa audiencia	-1.2
escuridão	-0.8
sumiu	-0.5
imploro	-0.6
te imploro	-0.8
não entende nada	-1.5
nao entende nada	-1.5
dá pra engolir	-0.5
da pra engolir	-0.5
iludir	-1.0
iluda	-1.0
iludido	-1.2
iludida	-1.2
moleque	-0.8
ficou passado	-0.8
fiquei passado	-0.8
natural	0.5
naturais	0.5
look	0.3
que look	1.5
mó legal	2.0
não merecia	-1.2
nao merecia	-1.2
tô torcendo	1.2
to torcendo	1.2

# --- coverage round 3, batch 1: feelings, quality, money, success and failure (written from knowledge of the language)
record	0
record tv	0
# emotions and states
esgotado	-1.4
esgotada	-1.4
esgotados	-1.4
esgotadas	-1.4
com medo	-1.5
preocupação	-1.0
com raiva	-2.0
empolgante	2.0
empolgantes	2.0
insatisfeito	-1.8
insatisfeita	-1.8
insatisfeitos	-1.8
insatisfeitas	-1.8
insatisfação	-1.8
solitário	-1.2
solitária	-1.2
solitários	-1.2
solitárias	-1.2
angustiado	-2.0
angustiada	-2.0
angustiados	-2.0
angustiadas	-2.0
calmo	1.0
calmos	1.0
calmas	1.0
confiante	1.2
confiantes	1.2
esperançoso	1.2
esperançosa	1.2
esperançosos	1.2
esperançosas	1.2
otimista	1.2
otimistas	1.2
pessimista	-1.0
pessimistas	-1.0
# quality and judgement
impecáveis	2.5
primoroso	2.5
primorosa	2.5
primorosos	2.5
primorosas	2.5
bem feita	1.8
mal feita	-1.8
razoáveis	0.4
precário	-1.5
precária	-1.5
precários	-1.5
precárias	-1.5
defeitos	-1.5
amassado	-1.0
amassada	-1.0
amassados	-1.0
amassadas	-1.0
rasgado	-1.2
rasgada	-1.2
rasgados	-1.2
rasgadas	-1.2
sujeira	-1.5
imundo	-2.5
imunda	-2.5
imundos	-2.5
imundas	-2.5
limpinho	1.2
limpinha	1.2
limpinhos	1.2
limpinhas	1.2
cheiroso	1.5
cheirosa	1.5
cheirosos	1.5
cheirosas	1.5
fedorento	-2.0
fedorenta	-2.0
fedorentos	-2.0
fedorentas	-2.0
fedor	-2.0
ineficiente	-1.5
ineficientes	-1.5
eficazes	1.5
ineficaz	-1.5
rapidez	1.0
lentidão	-1.5
pontual	1.2
confiáveis	1.5
intuitivo	1.2
intuitiva	1.2
intuitivos	1.2
intuitivas	1.2
barato	0.8
barata	0.8
baratos	0.8
baratas	0.8
preço salgado	-1.5
grátis	0.8
promoção	0.8
multa	-1.0
prejuízo	-1.5
desperdício	-1.5
desperdiçar	-1.5
pechincha	1.5
extorsão	-2.2
# success and failure
fracassou	-2.0
prêmio	1.2
premiado	1.5
premiada	1.5
premiados	1.5
premiadas	1.5
recorde	1.0
comemoração	1.5
celebração	1.5
aplausos	1.5
aplaudir	1.5

# --- coverage round 3, batch 2: character, news, health, weather, service, slang
# harm and help, character
ajudou	1.2
salvou	1.5
prejudicar	-1.5
prejudicou	-1.5
prejudicado	-1.5
prejudicada	-1.5
prejudicados	-1.5
prejudicadas	-1.5
machucou	-1.5
ferido	-1.5
ferida	-1.5
feridos	-1.5
feridas	-1.5
dano	-1.2
danos	-1.2
estrago	-1.5
destruiu	-2.0
destruição	-2.0
arruinou	-2.0
mal educada	-2.0
mal educados	-2.0
mal educadas	-2.0
generoso	1.8
generosa	1.8
generosos	1.8
generosas	1.8
coragem	1.5
# news: conflict, crime, disaster (mild), and public life
atentado	-2.0
escândalo	-1.5
assassinada	-2.2
assassinado	-2.2
assalto	-1.8
assaltado	-1.8
assaltada	-1.8
assaltados	-1.8
assaltadas	-1.8
furto	-1.5
agredido	-2.0
agredida	-2.0
agredidos	-2.0
agredidas	-2.0
incêndio	-1.2
explosão	-1.0
denúncia	-0.8
acusado	-1.0
acusada	-1.0
acusados	-1.0
acusadas	-1.0
condenado	-1.0
condenada	-1.0
condenados	-1.0
condenadas	-1.0
desemprego	-1.2
desempregado	-1.2
desempregada	-1.2
desempregados	-1.2
desempregadas	-1.2
falido	-1.5
falida	-1.5
falidos	-1.5
falidas	-1.5
calote	-1.8
# health
febre	-1.2
gripe	-1.0
gripado	-1.2
gripada	-1.2
gripados	-1.2
gripadas	-1.2
resfriado	-1.0
resfriada	-1.0
resfriados	-1.0
resfriadas	-1.0
enxaqueca	-1.5
dor de cabeça	-1.5
enjoo	-1.5
saudáveis	1.2
estimo melhoras	1.5
doendo	-1.5
mal-estar	-1.5
insônia	-1.2
# weather complaints
que calor	-1.2
calorão	-1.2
que frio	-1.0
friaca	-1.0
abafado	-1.0
abafada	-1.0
abafados	-1.0
abafadas	-1.0
temporal	-1.0
tempestade	-1.0
# service and customer care
fila enorme	-1.5
filas enormes	-1.5
na fila	-0.6
reclamei	-1.2
reclamando	-1.0
queixa	-1.2
solucionado	1.5
solucionada	1.5
solucionados	1.5
solucionadas	1.5
consertaram	1.2
bugou	-1.5
instável	-1.2
instáveis	-1.2
solícito	1.5
solícita	1.5
solícitos	1.5
solícitas	1.5
ágil	1.2
rapidinho	0.8
# slang and interjections (BR and PT)
supimpa	1.8
uó	-1.5
pagar mico	-1.5
furada	-1.5
cilada	-1.5
yay	1.5
é fixe	1.8
muito fixe	2.0
tão fixe	2.0
bué fixe	2.2
são fixes	1.8
porreiro	1.8
porreira	1.8
porreiros	1.8
porreiras	1.8
que seca	-1.2
# common misspellings and internet forms
exelente	2.5
ecelente	2.5
orrível	-2.5
orrivel	-2.5
decepsionado	-2.0
decepsionada	-2.0
lindu	2.0
chatu	-1.5

# --- coverage round 3, batch 3: gaps in judgement, comfort, food, affection; idioms
# gaps found by probing semantic fields: judgement, character, comfort, food, affection, idioms
homão	1.5
homões	1.5
docinho	1.0
queridinho	1.0
queridinha	1.0
queridinhos	1.0
queridinhas	1.0
mauricinho	-0.8
leite com pera	-0.8
dar trabalho	-0.8
dá trabalho	-0.8
deu trabalho	-0.8
vai dar trabalho	-0.8
bizarrice	-1.5
assombroso	1.5
assombrosa	1.5
assombrosos	1.5
assombrosas	1.5
magnífico	3.0
magnífica	3.0
magníficos	3.0
magníficas	3.0
esplêndido	3.0
esplêndida	3.0
esplêndidos	3.0
esplêndidas	3.0
louvável	2.0
louváveis	2.0
inadmissível	-2.5
inadmissíveis	-2.5
desvantagem	-0.8
prejudicial	-1.5
prejudiciais	-1.5
nocivo	-1.8
nociva	-1.8
nocivos	-1.8
nocivas	-1.8
perverso	-2.2
perversa	-2.2
perversos	-2.2
perversas	-2.2
inovador	1.2
inovadora	1.2
inovadores	1.2
inovadoras	1.2
fraqueza	-1.0
frágil	-0.8
frágeis	-0.8
robusto	1.0
robusta	1.0
robustos	1.0
robustas	1.0
desconfortável	-1.5
desconfortáveis	-1.5
aconchegante	1.8
aconchegantes	1.8
acolhedor	1.8
acolhedora	1.8
acolhedores	1.8
acolhedoras	1.8
manjar dos deuses	2.5
xenofobia	-2.0
xenófobo	-2.2
xenófoba	-2.2
xenófobos	-2.2
xenófobas	-2.2
discriminação	-1.8
discriminado	-1.8
discriminada	-1.8
discriminados	-1.8
discriminadas	-1.8
assédio	-2.0
assediado	-2.0
assediada	-2.0
assediados	-2.0
assediadas	-2.0
zombar	-1.2
zombaria	-1.2
sarcasmo	-0.5
aleluia	1.0
gritaria	-1.2
baixaria	-2.0
sem tempero	-1.2
bem temperado	1.5
bem temperada	1.5
bem temperados	1.5
bem temperadas	1.5
no ponto certo	1.5
passou do ponto	-1.2
empapado	-1.5
empapada	-1.5
empapados	-1.5
empapadas	-1.5
oleoso	-1.0
oleosa	-1.0
oleosos	-1.0
oleosas	-1.0
massudo	-1.0
massuda	-1.0
massudos	-1.0
massudas	-1.0
borrachudo	-1.5
borrachuda	-1.5
borrachudos	-1.5
borrachudas	-1.5
azedo	-1.0
azeda	-1.0
azedos	-1.0
azedas	-1.0
fedido	-2.0
fedida	-2.0
fedidos	-2.0
fedidas	-2.0
formoso	1.8
formosa	1.8
formosos	1.8
formosas	1.8
xonei	1.8
xonado	1.8
xonada	1.8
xonados	1.8
xonadas	1.8
feinho	-1.0
feinha	-1.0
feinhos	-1.0
feinhas	-1.0
sem paciência	-1.2
morrendo de fome	-0.8
morrendo de vontade	1.0
morrendo de medo	-1.8
morrendo de vergonha	-1.5
não dá pra levar a sério	-1.5
não tem como levar a sério	-1.5
nao da pra levar a serio	-1.5

# --- coverage round 3: stem guards and hospital expressions
# stem guards for this round's entries (neutral words whose stem meets a new entry; exact 0 wins)
gênero	0
gêneros	0
genérico	0
genérica	0
genéricos	0
genéricas	0
generais	0
atento	0
atenta	0
atentos	0
atentas	0
atentamente	0
danado	0
danada	0
danados	0
danadas	0
foi internado	-1.2
foi internada	-1.2
está internado	-1.2
está internada	-1.2
ficou internado	-1.2
ficou internada	-1.2

# --- coverage round 3, batch 4: English loans
# English loans common in Brazilian posts
cool	1.2
fancy	1.0
awesome	2.5
hate	-1.8
perfect	2.5
amazing	2.5
worst	-2.5
funny	1.5
win	1.2
sucks	-2.0
trash	-2.0
scam	-2.2
must have	1.8
hater	-1.2
haters	-1.2
fake news	-1.2

# --- coverage round 3, batch 5: performance and judgement, laughter, interjections
# performance and judgement in TV and sports talk, laughter, interjections
brilhou	1.8
brilhando	1.5
brilhante demais	2.5
acertou em cheio	2.0
acertaram em cheio	2.0
pisou na bola	-1.8
pisaram na bola	-1.8
pisando na bola	-1.8
deu aula	1.8
tudo a ver	1.0
gargalhada	1.5
gargalhadas	1.5
não dou conta	-1.2
nao dou conta	-1.2
deu sono	-1.2
pff	-1.0
tsc	-0.8
ixi	-0.6
xiii	-0.6
aiai	-0.5
aiaiai	-0.6
uhu	1.5
uhuu	1.8

# --- coverage round 3, batch 6: praise and criticism, fraud, bad luck, character and morals
# praise and criticism, fraud and bad luck, character and morals
apreciar	1.2
aprecio	1.2
elogiar	1.2
elogio	1.2
elogios	1.2
crítica	-0.6
críticas	-0.6
roubalheira	-2.2
ladroagem	-2.2
picaretagem	-2.0
trambique	-2.0
fraudulento	-2.0
fraudulenta	-2.0
fraudulentos	-2.0
fraudulentas	-2.0
falsificado	-1.8
falsificada	-1.8
falsificados	-1.8
falsificadas	-1.8
endividado	-1.2
endividada	-1.2
endividados	-1.2
endividadas	-1.2
urucubaca	-1.5
maldição	-1.8
milagre	1.2
errei	-0.8
culpa	-0.8
culpado	-1.0
culpada	-1.0
culpados	-1.0
culpadas	-1.0
desorientado	-1.0
desorientada	-1.0
desorientados	-1.0
desorientadas	-1.0
sem rumo	-1.0
heroico	1.5
heroica	1.5
heroicos	1.5
heroicas	1.5
monstruoso	-2.0
monstruosa	-2.0
monstruosos	-2.0
monstruosas	-2.0
diabólico	-1.8
diabólica	-1.8
diabólicos	-1.8
diabólicas	-1.8
angelical	1.5
angelicais	1.5
birra	-1.2
chilique	-1.2
piti	-1.2
ilógico	-1.0
ilógica	-1.0
ilógicos	-1.0
ilógicas	-1.0
incoerente	-1.2
incoerentes	-1.2
contraditório	-0.8
contraditória	-0.8
contraditórios	-0.8
contraditórias	-0.8
antiético	-2.0
antiética	-2.0
antiéticos	-2.0
antiéticas	-2.0
imoral	-2.0
imorais	-2.0
decente	1.0
decentes	1.0
indecente	-1.5
indecentes	-1.5
obsceno	-1.5
obscena	-1.5
obscenos	-1.5
obscenas	-1.5
vulgar	-1.5
vulgares	-1.5
repulsivo	-2.5
repulsiva	-2.5
repulsivos	-2.5
repulsivas	-2.5
odioso	-2.5
odiosa	-2.5
odiosos	-2.5
odiosas	-2.5
bonitona	1.8
bonitonas	1.8
tenebroso	-1.5
tenebrosa	-1.5
tenebrosos	-1.5
tenebrosas	-1.5
sombrio	-0.8
sombria	-0.8
sombrios	-0.8
sombrias	-0.8
melancólico	-1.0
melancólica	-1.0
melancólicos	-1.0
melancólicas	-1.0
ético	0.8
ética	0.8
éticos	0.8
éticas	0.8

# --- coverage round 3, batch 7: everyday trouble (traffic, crowds, noise, jobs, utilities, devices, travel)
# everyday trouble: traffic, crowds, noise, jobs, utilities, devices, travel
congestionamento	-1.0
lotado	-0.8
lotada	-0.8
lotados	-0.8
lotadas	-0.8
barulheira	-1.2
demitido	-1.5
demitida	-1.5
demitidos	-1.5
demitidas	-1.5
demissão	-1.2
demissões	-1.2
aumento de salário	1.2
sextou	1.5
bateria viciada	-1.5
sem bateria	-1.0
descarregou	-0.8
sem luz	-1.2
sem água	-1.2
falta de luz	-1.2
apagão	-1.5
goteira	-1.2
vazamento	-1.2
mofo	-1.2
mofado	-1.5
mofada	-1.5
mofados	-1.5
mofadas	-1.5
entupido	-1.2
entupida	-1.2
entupidos	-1.2
entupidas	-1.2
pifou	-1.5
deu pau	-1.5
não liga	-1.2
nao liga	-1.2
não carrega	-1.5
nao carrega	-1.5
esquenta muito	-1.2
superaquecendo	-1.5
hackeado	-1.8
hackeada	-1.8
hackeados	-1.8
hackeadas	-1.8
clonado	-1.8
clonada	-1.8
clonados	-1.8
clonadas	-1.8
spam	-1.0
extraviado	-1.8
extraviada	-1.8
extraviados	-1.8
extraviadas	-1.8
overbooking	-1.5
turbulência	-0.8

# --- coverage round 3: promotion expressions (promovido alone meets promover)
fui promovido	1.5
fui promovida	1.5
foi promovido	1.2
foi promovida	1.2

# --- stem guards: sexta/sexto (sextou), apaga (apagão)
sexta	0
sextas	0
sexto	0
sextos	0
apaga	0

# --- coverage round 3, batch 8: judgement adjectives A-Z, gender and number forms
# judgement adjectives A-Z (gaps found by probing the field)
adequado	0.6
adequada	0.6
adequados	0.6
adequadas	0.6
inadequado	-1.2
inadequada	-1.2
inadequados	-1.2
inadequadas	-1.2
afetuoso	1.6
afetuosa	1.6
afetuosos	1.6
afetuosas	1.6
agradabilíssimo	2.8
agradabilíssima	2.8
agradabilíssimos	2.8
agradabilíssimas	2.8
alarmante	-1.5
alarmantes	-1.5
animador	1.5
animadora	1.5
animadores	1.5
animadoras	1.5
atrativo	1.2
atrativa	1.2
atrativos	1.2
atrativas	1.2
audacioso	0.8
audaciosa	0.8
audaciosos	0.8
audaciosas	0.8
bacaninha	1.5
bacaninhas	1.5
badalado	0.8
badalada	0.8
badalados	0.8
badaladas	0.8
benéfico	1.2
benéfica	1.2
benéficos	1.2
benéficas	1.2
bem-humorado	1.5
bem-humorada	1.5
bem-humorados	1.5
bem-humoradas	1.5
calamidade	-2.0
caótico	-1.8
caótica	-1.8
caóticos	-1.8
caóticas	-1.8
claustrofóbico	-1.2
claustrofóbica	-1.2
claustrofóbicos	-1.2
claustrofóbicas	-1.2
compassivo	1.5
compassiva	1.5
compassivos	1.5
compassivas	1.5
consistente	0.8
consistentes	0.8
construtivo	1.0
construtiva	1.0
construtivos	1.0
construtivas	1.0
contagiante	1.8
contagiantes	1.8
conveniente	0.8
convenientes	0.8
inconveniente	-1.2
inconvenientes	-1.2
deleite	2.0
depreciativo	-1.2
depreciativa	-1.2
depreciativos	-1.2
depreciativas	-1.2
descuidado	-1.2
descuidada	-1.2
descuidados	-1.2
descuidadas	-1.2
desequilibrado	-1.5
desequilibrada	-1.5
desequilibrados	-1.5
desequilibradas	-1.5
desgastante	-1.5
desgastantes	-1.5
desmazelado	-1.5
desmazelada	-1.5
desmazelados	-1.5
desmazeladas	-1.5
desonroso	-1.8
desonrosa	-1.8
desonrosos	-1.8
desonrosas	-1.8
despreparado	-1.5
despreparada	-1.5
despreparados	-1.5
despreparadas	-1.5
desumano	-2.2
desumana	-2.2
desumanos	-2.2
desumanas	-2.2
difamação	-1.8
dinâmico	1.0
dinâmica	1.0
dinâmicos	1.0
dinâmicas	1.0
disciplinado	1.0
disciplinada	1.0
disciplinados	1.0
disciplinadas	1.0
duvidoso	-1.0
duvidosa	-1.0
duvidosos	-1.0
duvidosas	-1.0
enfadonho	-1.8
enfadonha	-1.8
enfadonhos	-1.8
enfadonhas	-1.8
enriquecedor	1.5
enriquecedora	1.5
enriquecedores	1.5
enriquecedoras	1.5
envolvente	1.5
envolventes	1.5
equivocado	-1.0
equivocada	-1.0
equivocados	-1.0
equivocadas	-1.0
exuberante	1.5
exuberantes	1.5
fascinante	2.2
fascinantes	2.2
formidável	2.2
formidáveis	2.2
harmonioso	1.5
harmoniosa	1.5
harmoniosos	1.5
harmoniosas	1.5
hediondo	-2.8
hedionda	-2.8
hediondos	-2.8
hediondas	-2.8
hostil	-1.8
hostiis	-1.8
imprestável	-2.2
imprestáveis	-2.2
incansável	1.5
incansáveis	1.5
incapaz	-1.5
incapazes	-1.5
inconsequente	-1.5
inconsequentes	-1.5
infame	-2.2
infames	-2.2
insistente	-0.6
insistentes	-0.6
instrutivo	1.2
instrutiva	1.2
instrutivos	1.2
instrutivas	1.2
irritadiço	-1.2
irritadiça	-1.2
irritadiços	-1.2
irritadiças	-1.2
jeitoso	1.0
jeitosa	1.0
jeitosos	1.0
jeitosas	1.0
libertador	1.2
libertadora	1.2
libertadores	1.2
libertadoras	1.2
majestoso	2.2
majestosa	2.2
majestosos	2.2
majestosas	2.2
maldoso	-2.0
maldosa	-2.0
maldosos	-2.0
maldosas	-2.0
marcante	1.2
marcantes	1.2
miserável	-2.2
miseráveis	-2.2
mórbido	-1.2
mórbida	-1.2
mórbidos	-1.2
mórbidas	-1.2
motivador	1.5
motivadora	1.5
motivadores	1.5
motivadoras	1.5
nutritivo	1.0
nutritiva	1.0
nutritivos	1.0
nutritivas	1.0
obcecado	-0.8
obcecada	-0.8
obcecados	-0.8
obcecadas	-0.8
obsoleto	-1.0
obsoleta	-1.0
obsoletos	-1.0
obsoletas	-1.0
pegajoso	-0.8
pegajosa	-0.8
pegajosos	-0.8
pegajosas	-0.8
penoso	-1.5
penosa	-1.5
penosos	-1.5
penosas	-1.5
perigosíssimo	-2.2
perigosíssima	-2.2
perigosíssimos	-2.2
perigosíssimas	-2.2
perspicaz	1.5
perspicazes	1.5
pitoresco	0.8
pitoresca	0.8
pitorescos	0.8
pitorescas	0.8
prestigiado	1.0
prestigiada	1.0
prestigiados	1.0
prestigiadas	1.0
pretensioso	-1.2
pretensiosa	-1.2
pretensiosos	-1.2
pretensiosas	-1.2
problemático	-1.5
problemática	-1.5
problemáticos	-1.5
problemáticas	-1.5
promissor	1.5
promissora	1.5
promissores	1.5
promissoras	1.5
proveitoso	1.5
proveitosa	1.5
proveitosos	1.5
proveitosas	1.5
radiante	2.0
radiantes	2.0
refinado	1.2
refinada	1.2
refinados	1.2
refinadas	1.2
irrelevante	-0.8
irrelevantes	-0.8
renomado	0.8
renomada	0.8
renomados	0.8
renomadas	0.8
revigorante	1.8
revigorantes	1.8
rude	-1.8
rudes	-1.8
severo	-0.8
severa	-0.8
severos	-0.8
severas	-0.8
sofisticado	1.2
sofisticada	1.2
sofisticados	1.2
sofisticadas	1.2
sórdido	-2.2
sórdida	-2.2
sórdidos	-2.2
sórdidas	-2.2
sublime	2.8
sublimes	2.8
tedioso	-1.8
tediosa	-1.8
tediosos	-1.8
tediosas	-1.8
temível	-1.2
temíveis	-1.2
torturante	-2.0
torturantes	-2.0
triunfante	1.8
triunfantes	1.8
trivial	-0.5
triviais	-0.5
truculento	-1.8
truculenta	-1.8
truculentos	-1.8
truculentas	-1.8
ultrajante	-2.5
ultrajantes	-2.5
valioso	1.5
valiosa	1.5
valiosos	1.5
valiosas	1.5
venenoso	-1.5
venenosa	-1.5
venenosos	-1.5
venenosas	-1.5
vibrante	1.8
vibrantes	1.8
vigoroso	1.0
vigorosa	1.0
vigorosos	1.0
vigorosas	1.0
volúvel	-1.0
volúveis	-1.0
zeloso	1.2
zelosa	1.2
zelosos	1.2
zelosas	1.2

# --- coverage round 3, batch 9: people's behaviour and character
# people's behaviour and character in TV and social talk
careta	-0.8
caretas	-0.8
dissimulado	-1.8
dissimulada	-1.8
dissimulados	-1.8
dissimuladas	-1.8
baba-ovo	-1.5
lambe-botas	-1.8
sem brilho	-1.0
sensatez	1.2
metido a besta	-1.5
metida a besta	-1.5
marrento	-1.2
marrenta	-1.2
marrentos	-1.2
marrentas	-1.2
valentão	-1.2
valentona	-1.2
parasita	-1.8
parasitas	-1.8
sanguessuga	-1.8
sanguessugas	-1.8
molenga	-1.0
molengas	-1.0
devagar quase parando	-1.5
muito devagar	-1.2

# --- coverage round 3, batch 10: slang of annoyance and fakery
# slang of annoyance and fakery, spellings run together
embuste	-1.5
embustes	-1.5
embusteiro	-1.8
embusteira	-1.8
embusteiros	-1.8
embusteiras	-1.8
neura	-0.8
neuras	-0.8
neurose	-1.0
sem neura	0.6
calaboca	-1.2
kd	-0.2

# --- stem guards: neural (neura)
neurais	0
neural	0

# --- stem guards found on this round: cada (cadê), belém (belo), dan (dano), matéria (mata), cota (cotado)
cada	0
belém	0
dan	0
matéria	0
matérias	0
cotas	0
cota	0

# --- stem guards (round 3)
# stem guards found by listing the tokens that reach an entry of another word family
baixo	0
baixa	0
baixos	0
baixas	0
baixar	0
baixou	0
baixei	0
baixam	0
baixando	0
gravar	0
grava	0
gravam	0
gravou	0
gravando	0
gravei	0
medida	0
medidas	0
força	0
forças	0
estilo	0
estilos	0
clima	0
disciplina	0
disciplinas	0
bomba	0
bombas	0
peça	0
peças	0

# --- coverage round 3, batch 11: sports talk, life events
# sports talk and life events
levou uma goleada	-1.5
tomou uma goleada	-1.5
rebaixado	-1.5
rebaixada	-1.5
rebaixados	-1.5
rebaixadas	-1.5
rebaixamento	-1.2
golaço	2.2
golaços	2.2
jogaço	2.0
perna de pau	-1.5
pereba	-1.5
perebas	-1.5
cabeça de bagre	-1.5
bicampeão	1.5
tricampeão	1.5
tetracampeão	1.5
arregou	-1.2
arregão	-1.5
mandou muito	2.0
vexatório	-1.8
vexatória	-1.8
vexatórios	-1.8
vexatórias	-1.8
papelão	-1.8
fez papelão	-2.0
divórcio	-0.8
levei um fora	-1.5
tomei um fora	-1.5
velório	-1.2
falecimento	-1.2
faleceu	-1.2
meus pêsames	-1.0
meus sentimentos	-1.0
força aí	1.0
pedido de casamento	1.5
lua de mel	1.2

# --- mourning as an expression (luto alone meets luta)
estamos de luto	-1.5

# --- stem guards: preço (precário), fomos (fome)
preço	0
preços	0
fomos	0

# --- coverage round 3, batch 12: internet spellings, regional slang
# internet spellings of existing words and regional slang
krlh	-1.5
krai	-1.5
caraio	-1.5
poha	-1.8
mdss	0.2
affs	-1.5
afs	-1.2
topzeira	2.5
lendário	2.0
lendária	2.0
lendários	2.0
lendárias	2.0
cacildis	-0.5
trem bão	1.8
bão demais	2.0
é bão	1.5

# --- stem guard campo (campeã)
campo	0
campos	0

# --- coverage round 3, batch 13: customer care (apps, accounts, deliveries, billing, refunds, phone queues)
# customer care: apps, accounts, deliveries, billing, refunds, waiting on the phone
não abre	-1.5
nao abre	-1.5
o app não abre	-2.0
não consigo acessar	-1.5
nao consigo acessar	-1.5
bloquearam minha conta	-2.0
conta bloqueada	-1.5
não entregaram	-1.8
nao entregaram	-1.8
embalagem violada	-1.8
juros altos	-1.2
juros abusivos	-1.8
cobrança duplicada	-2.0
não devolveram	-1.5
nao devolveram	-1.5
devolveram o dinheiro	1.2
me reembolsaram	1.2
reembolsaram	1.0
já liguei mil vezes	-2.0
liguei várias vezes	-1.5
horas no telefone	-1.5
horas na linha	-1.5
me deixaram esperando	-1.5
sem previsão	-1.2
sem previsao	-1.2

# --- coverage round 3, batch 14: food judgement
# food judgement (cooking shows, restaurant reviews)
carne dura	-1.2
gororoba	-2.0
meleca	-1.5
deu água na boca	2.0
dá água na boca	2.0
de dar água na boca	2.2
água na boca	1.8

# --- coverage round 3, batch 15: school results, public-life vices, crime words of the news
# school results; public-life vices and crime words of the news (mild to clear)
tirei zero	-1.5
passei no vestibular	2.0
passei no enem	2.0
nepotismo	-1.8
clientelismo	-1.5
demagogia	-1.5
demagogo	-1.5
demagoga	-1.5
demagogos	-1.5
demagogas	-1.5
cabide de emprego	-1.5
mamata	-1.8
rachadinha	-2.0
conchavo	-1.2
maracutaia	-2.0
negociata	-1.8
falcatrua	-2.0
mutreta	-1.8
politicagem	-1.5
superfaturamento	-1.8
lavagem de dinheiro	-1.8
sonegação	-1.5
caixa dois	-1.5
bandidagem	-2.0
tiroteio	-1.5
sequestro	-1.8
latrocínio	-2.2
feminicídio	-2.5
chacina	-2.5
linchamento	-2.2

# --- coverage round 3, batch 16: idioms of hope, resignation, pride and quarrel
# everyday idioms of hope, resignation, pride and quarrel
deus me livre	-1.2
deus é mais	-0.8
valha-me deus	-0.8
vai dar certo	1.2
sem condição	-1.2
não tem condições	-1.5
nao tem condições	-1.5
que fase	-0.8
bola pra frente	0.8
cabeça erguida	1.0
me representa	1.5
me sinto representado	1.5
me sinto representada	1.5
não me representa	-1.5
nao me representa	-1.5
passar pano	-1.2
passa pano	-1.2
passando pano	-1.2
se vitimizando	-1.2

# --- coverage round 3, batch 17: idioms of quality, deceit and price
# idioms of quality, deceit and price
dez de dez	2.2
de lamber os beiços	2.5
comida de mãe	1.8
promessa vazia	-1.5
promessas vazias	-1.5
passou a perna	-1.8
passaram a perna	-1.8
me passaram a perna	-2.0
no sétimo céu	2.5
morno	-0.5
morna	-0.5
mornos	-0.5
mornas	-0.5
vale o que custa	1.5
não vale o que custa	-1.5
preço de banana	1.2
uma bagatela	1.0
os olhos da cara	-1.5
# --- coverage round 4 (frpt), batch 1: misspelled "nervoso", "não tem noção", blood and violence,
# --- floods and earthquakes, prison and risk, difficulty, villains, kisses (bjos), "não percam", being shocked
# --- ("tô passada"), "não consigo mais", negator-led forms of "aguentar" (a negator before
# --- "aguenta mais" flipped it)
nervouso	-1.0
nervousa	-1.0
não tem noção	-1.5
nao tem noção	-1.5
nao tem nocao	-1.5
n tem noção	-1.5
sangrento	-1.2
sangrenta	-1.2
sangrentos	-1.2
sangrentas	-1.2
anormal	-0.8
anormais	-0.8
dificuldade	-0.8
dificuldades	-0.8
vilão	-0.8
vilões	-0.8
nocauteado	-1.0
nocauteada	-1.0
nocauteados	-1.0
nocauteadas	-1.0
não percam	1.0
nao percam	1.0
não perca	1.0
nao perca	1.0
n percam	1.0
bjos	1.2
bjus	1.2
beijão	1.2
beijãos	1.2
sou cardíaca	-0.8
sou cardíaco	-0.8
tô passada	-0.6
tô passado	-0.6
to passada	-0.6
to passado	-0.6
ficou passada	-0.6
todo mundo passado	-0.6
estou passada	-0.6
estou passado	-0.6
não consigo mais	-0.8
nao consigo mais	-0.8
n consigo mais	-0.8
oxe	-0.3
oxi	-0.3
enchente	-1.5
enchentes	-1.5
terremoto	-1.8
terremotos	-1.8
protesto	-0.6
protestos	-0.6
prisão	-1.0
prisões	-1.0
preso	-0.8
presos	-0.8
alerta	-0.5
alertas	-0.5
risco	-0.6
riscos	-0.6
ninguém te aguenta	-2.4
ninguem te aguenta	-2.4
ngm aguenta	-2.4
ngm te aguenta	-2.4
não te aguento	-2.2
nao te aguento	-2.2
não aguenta	-1.5
nao aguenta	-1.5
nem aguento	-2.0
# --- coverage round 4 (frpt), batch 2: invitations, wishes and news (convite, novidade,
# --- se cuida, vem aí, que venha), bans and injuries, refusal idioms (de jeito nenhum, nem pensar,
# --- só que não, me poupe, tenha dó), pity, agreement, gaining weight, PMS
convite	0.5
convites	0.5
novidade	0.6
novidades	0.6
proibido	-0.8
proibida	-0.8
proibidos	-0.8
proibidas	-0.8
proibição	-0.8
proibições	-0.8
proibir	-0.8
proibiram	-0.8
proíbe	-0.8
proíbem	-0.8
lesão	-1.2
lesões	-1.2
lesionado	-1.2
lesionada	-1.2
lesionados	-1.2
lesionadas	-1.2
se cuida	0.8
se cuide	0.8
se cuidem	0.8
vem aí	0.6
que venha	0.6
que venham	0.6
garanta já	0.6
garanta o seu	0.6
garanta a sua	0.6
de jeito nenhum	-1.0
de jeito nenhum!	-1.0
nem pensar	-1.0
nem ferrando	-1.0
nem fudendo	-1.0
só que não	-1.2
me poupe	-1.2
me poupa	-1.2
poupe-me	-1.2
tenha dó	-1.2
tenha santa paciência	-1.2
que dó	-0.8
dá dó	-0.8
me dá dó	-0.8
ai meu coração	0.6
que tiro	1.2
que tiro foi esse	1.2
casa comigo	1.5
casa cmg	1.5
casa comigo?	1.5
até o fim	0.5
agora sim	1.0
concordo	0.5
concordo plenamente	0.5
concordo totalmente	0.5
discordo	-0.5
discordo totalmente	-0.5
fake	-1.0
fakes	-1.0
embromação	-1.2
engordar	-0.5
engordei	-0.5
engordou	-0.5
engordando	-0.5
engordado	-0.5
engordada	-0.5
tpm	-0.5
dando pra engolir	-0.5
# --- coverage round 4 (frpt), batch 3: not wanting and not being allowed (não quero, não pode),
# --- forever (pra sempre)
não quero	-0.6
nao quero	-0.6
n quero	-0.6
ñ quero	-0.6
naum quero	-0.6
não queria	-0.6
nao queria	-0.6
não pode	-0.4
nao pode	-0.4
n pode	-0.4
ñ pode	-0.4
pra sempre	0.5
para sempre	0.5
pra sempre!	0.5
# --- coverage round 4 (frpt), batch 4: error review. "aproveitar" (enjoy, make the most of) met
# --- "aproveitador" through the stem and scored -2.2, so its frequent forms are written out; "mal posso
# --- esperar" is eagerness, not "mal"; guards: "mise" (en place) met "miséria", "cut" met "cute", "MA"
# --- (the state) met "má"; "surra" (a beating) met "surreais"
aproveitar	0.8
aproveita	0.8
aproveite	0.8
aproveitem	0.8
aproveitando	0.8
aproveitei	0.8
aproveitou	0.8
aproveitamos	0.8
aproveitaram	0.8
aproveito	0.8
aproveitava	0.8
aproveitamento	0
mal posso esperar	2.0
mal vejo a hora	2.0
mal podia esperar	2.0
mal consigo esperar	2.0
mise	0
cut	0
ma	0
surra	-0.8
surras	-0.8
# --- coverage round 4 (frpt), batch 5: guards from scoring the Brazilian spelling list against this
# --- round's entries: "protestante" met "protesto", "vila" met "vilão", "riscar" met "risco"; hostages only in expressions
# --- ("refém" met "referem")
protestante	0
protestantes	0
vila	0
vilas	0
riscar	0
risca	0
riscou	0
riscado	0
riscada	0
feito refém	-1.8
feita refém	-1.8
feitos reféns	-1.8
feitas reféns	-1.8
mantido refém	-1.8
mantidos reféns	-1.8
fez reféns	-1.8
fizeram reféns	-1.8
# --- coverage round 4 (frpt), batch 6: eagerness (não vejo a hora, louca pra), cheers and "aww"
# --- (ihu, own), "vish" (the short "vixe"), keyboard-smash laughter (hauhau, shuashua)
não vejo a hora	1.8
nao vejo a hora	1.8
n vejo a hora	1.8
ñ vejo a hora	1.8
louca pra	1.2
louco pra	1.2
doida pra	1.2
doido pra	1.2
louca para	1.2
louco para	1.2
ihu	2.0
own	1.0
ownt	1.0
awn	1.0
vish	-0.6
vishi	-0.6
hauha*	0.6
shuash*	0.6
ahsuah*	0.6
asuhas*	0.6
# --- coverage round 4 (frpt), batch 7: texting and regional slang missing so far (pdc, pnc, paia, fuleiro,
# --- mequetrefe, nojeira, bagaceira)
pdc	0.5
pnc	-2.0
paia	-1.0
fuleiro	-1.5
fuleira	-1.5
fuleiros	-1.5
fuleiras	-1.5
mequetrefe	-1.5
mequetrefes	-1.5
bagaceira	-1.5
nojeira	-2.2

[negators]
# round 3: internet spellings of não
naum
nãum
não
nao
ñ
n
nunca
jamais
nem
nada
ninguém
ninguem
ngm
nenhum
nenhuma
sem
tampouco

[intensifiers]
# round 3: European bué, internet spellings of muito/demais
bué	0.3
mtt	0.293
dms	0.3
muito	0.293
muita	0.25
muitos	0.2
muitas	0.2
mt	0.293
mto	0.293
mta	0.25
muitíssimo	0.35
demais	0.3
tão	0.25
tao	0.25
tanto	0.25
tanta	0.25
super	0.3
mega	0.3
ultra	0.3
hiper	0.3
bem	0.15
bastante	0.2
realmente	0.25
verdadeiramente	0.25
totalmente	0.3
completamente	0.3
absolutamente	0.3
extremamente	0.35
incrivelmente	0.35
sumamente	0.35
enormemente	0.35
profundamente	0.3
altamente	0.3
especialmente	0.2
excessivamente	0.3
simplesmente	0.2
sério	0.15
serio	0.15
de verdade	0.25
pra caramba	0.3
pra caralho	0.4
pra cacete	0.35
pakas	0.35
paca	0.3
mó	0.3
mais	0.15
cada vez mais	0.2
um pouco	-0.25
pouco	-0.3
pouquinho	-0.35
um pouquinho	-0.3
meio	-0.2
levemente	-0.3
ligeiramente	-0.3
quase	-0.25
apenas	-0.15
relativamente	-0.2
razoavelmente	-0.2
parcialmente	-0.25
em parte	-0.25
um tanto	-0.2
menos	-0.25

[contrast]
mas
porém
porem
contudo
entretanto
todavia
no entanto
mesmo assim
apesar disso
só que
so que

[settings]
double_negation = concord
