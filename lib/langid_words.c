/*
 * langid_words.c — characteristic words and letters of the twelve languages
 * the language guess knows.
 *
 * The lists are the project's own, written from knowledge of each language:
 * function words (articles, pronouns, prepositions, conjunctions, auxiliaries,
 * negation), the commonest adverbs and verbs of everyday and social-media
 * writing, and a few chat forms ("lol", "kkk", "jaja"). They are not taken
 * from any stop-word list or corpus, and nothing in them was mined from the
 * evaluation data.
 *
 * Conventions, relied on by langid.c:
 *   - words are lowercase and separated by single spaces;
 *   - diacritic-free spellings need not be listed: langid.c adds the folded
 *     form of every word (accents stripped, ł → l) itself, because many posts
 *     are typed without diacritics;
 *   - an elided form keeps its apostrophe ("l'", "don'"): langid.c splits
 *     "l'amico" into "l'" + "amico" and "don't" into "don'" + "t";
 *   - a word may sit in several languages; langid.c weighs a hit by how many
 *     languages list the word, so shared words ("a", "de", "la") count little.
 *
 * Letters: a letter listed by one language only is strong evidence for it
 * (ř → cs, ł → pl, ñ → es); one listed by several is split between them.
 * Greek script is handled by the script test in langid.c, not here.
 *
 * Not here: the n-gram fingerprints (libexttextcat's data files, read at
 * es_langid_new()) and the scoring (langid.c).
 */
#include "langid_words.h"

/* ---- words ------------------------------------------------------------ */

static const char words_cs[] =
        "a i v ve z ze na je jsou jsem jsi jsme jste byl byla bylo byli být se si to že "
        "do k ke o od po za co jak ale když tak už jen jenom pro při před pod nad mezi "
        "bez u jeho její jejich mě mně mi můj moje tvůj tvoje ty já my vy on ona ono "
        "oni ten ta tu toho tom tím těch tomu který která které kterých kterou jaký "
        "jaká jaké kde kdy proč protože takže aby kdyby jestli pokud nebo ani také taky "
        "ještě velmi moc hodně může můžu můžeme musí musím bude budu budou budeme mám "
        "má máme mají máte měl měla měli nic nikdo něco někdo všechno všichni vždy "
        "vždycky nikdy sebe tady teď dnes zítra včera no tedy však prostě fakt opravdu "
        "dobře dobrý dobrá děkuji děkujeme díky ahoj prosím není nejsou nebyl nebylo "
        "nemám nemá nevím vím chci chce chtěl sem tam zase pak potom hned trochu třeba "
        "asi možná aspoň alespoň jako než až ho mu jim nám vám těm této tento tato tyto "
        "takový taková proti kvůli podle během lidi člověk hezky hezký skvělé strašně "
        "docela celý celá dneska jo jasně lidé lidí děti tohle tenhle tahle nějaký "
        "nějaké někdy všude proto přece určitě samozřejmě zatím řekl chtěla mít dělat "
        "vidět den první jiný jiné všechny pořád prý ví neví s nimi vůči vůbec další "
        "svůj peníze práce město země bych bychom byste bohužel jinak pěkný pěkná pěkné "
        "doufám zrovna vlastně celkem furt snad teďka dost jde ne ano kdo toto takto "
        "děkuju pěkně nějak někde líbí líbilo jdu jdeme budeš mezi přes "
        "kromě vedle říct říká mluvit mluví vědět jít přijít šel šla mohl viděl dělal "
        "udělal koupit zůstat začít hledat čekat myslet dítě přítel kamarád týden "
        "měsíc svět poslední žádný žádná skutečně hlavně spíš víc méně opět nahoru "
        "ven příliš stejně sice ačkoli zejména pouze jestli pokud kdy by";

static const char words_de[] =
        "der die das den dem des ein eine einen einem einer eines und oder aber denn "
        "sondern weil dass daß wenn als wie ob in im an am auf aus bei beim mit nach "
        "von vom zu zum zur für über unter vor hinter neben zwischen durch gegen ohne "
        "um bis seit ich du er sie es wir ihr mich mir dich dir ihn ihm uns euch sich "
        "mein meine meinen meiner dein deine sein seine seinen ihre ihren unser unsere "
        "kein keine keinen keiner nicht nichts nie noch schon auch nur sehr mehr viel "
        "viele alle alles immer wieder jetzt heute morgen gestern hier dort da so doch "
        "mal ja nein gut danke bitte ist sind war waren bin bist seid hat haben habe "
        "hast hatte hatten wird werden wurde wurden würde kann können könnte muss "
        "müssen soll sollte will wollen mag gibt geht gehen macht machen man was wer wo "
        "wann warum wieso dieser diese dieses diesen jeder jede jedes eigentlich "
        "einfach wirklich ganz gerade endlich leider vielleicht natürlich halt eben "
        "dann sowie bzw etwas jemand niemand wohl selbst dabei damit dazu darum deshalb "
        "trotzdem also schön toll geil scheiße heißt ihnen einmal zwei neue neuen "
        "bisschen trotz ab sowas niemals naja ach gar eher sogar bereits beiden ersten "
        "letzten wegen während ins aufs unterm vorm nen nem nix nee "
        "grade echt voll krass bisher obwohl sobald bevor nachdem falls sonst außer "
        "außerdem zusammen welche welcher welches solche manchmal oft selten deswegen "
        "hab habt wär wäre wären hätte hätten könnten müsste sollten darf dürfen "
        "lassen lässt sieht sehen kommt kommen kam gemacht gesagt sagen sagt weiß "
        "glaube denke finde möchte bleibt zeit leute menschen zurück weiter vorbei "
        "los drin raus rein runter oben unten heut gleich gestern nächste nächsten";

static const char words_el[] =
        "ο η το οι τα του της των τον την τους τις ένας μία μια ένα ενός μιας και κι ή "
        "αλλά όμως γιατί επειδή ότι πως που πού όταν αν σαν ως με σε στο στη στην στον "
        "στα στους στις από για προς χωρίς μετά πριν κατά μέχρι εγώ εσύ αυτός αυτή αυτό "
        "εμείς εσείς αυτοί αυτές αυτά μου σου μας σας δεν μην όχι ναι είναι ήταν είμαι "
        "είσαι είμαστε είστε έχω έχεις έχει έχουμε έχουν είχε θα να πολύ πιο πάντα ποτέ "
        "τώρα σήμερα αύριο χθες εδώ εκεί όλα όλοι όλες κάθε τίποτα κάτι κανείς ποιος "
        "ποια ποιο τι πώς πόσο ακόμα ακόμη ήδη μόνο επίσης λοιπόν καλά καλό καλή "
        "ευχαριστώ μπράβο";

static const char words_en[] =
        "the a an and or but if of to in on at by for with from about as into over "
        "under after before than then so because not no nor is are was were be been "
        "being am do does did done have has had will would shall should can could may "
        "might must i me my mine you your yours he him his she her hers it its we us "
        "our they them their this that these those there here what which who whom whose "
        "when where why how all any some every each more most other such only just also "
        "very too again still even ever never always already yet now up down out off "
        "away back well really much many lot lol omg gonna wanna gotta don' isn' can' "
        "won' didn' doesn' wasn' aren' weren' couldn' wouldn' shouldn' haven' hasn' i' "
        "it' that' you' we' they' he' she' let' what' there' who' dont cant wont didnt "
        "doesnt isnt wasnt im ive youre thats whats get got go going know think like "
        "love want need good great best day today tonight tomorrow people time new one "
        "thanks thank please yes yeah oh hey something nothing anything everyone "
        "someone make made see said say way right while thing things though through "
        "cause guys happy s t m re ve ll";

static const char words_es[] =
        "el la los las un una unos unas de del al a en con por para sin sobre entre "
        "hasta desde y e o u pero sino si no ni que qué quien quién quienes cual cuál "
        "como cómo donde dónde cuando cuándo porque es son era eran fue fueron ser "
        "estar está están estoy estás estamos estaba he ha has han hemos hay había "
        "tengo tiene tienen tienes tener hacer hace hizo hago yo tú tu él ella nosotros "
        "vosotros ellos ellas me te se nos os le les lo mi mis su sus tus este esta "
        "esto estos estas ese esa eso esos esas aquel aquella muy más menos también ya "
        "todavía aún siempre nunca nada algo alguien nadie todo todos todas cada otro "
        "otra otros otras mismo misma hoy mañana ayer ahora aquí allí ahí bien mal "
        "bueno buena buenos buenas gracias hola puedo puede pueden quiero quiere va voy "
        "vamos van creo jaja jajaja jajajaja pues así entonces solo sólo mucho mucha "
        "muchos muchas poco tan tanto mío tuyo usted ustedes vez veces día año gente "
        "cosa porqué tal nuestro nuestra vuestro dice decir dijo sea sean ojalá luego "
        "después antes mejor peor igual claro";

static const char words_fr[] =
        "le la les l' un une des du de d' au aux à a en dans sur sous avec sans pour "
        "par chez entre vers et ou mais donc ni car que qu' qui quoi dont où quand "
        "comment pourquoi est sont était étaient été être suis es sommes êtes ai as "
        "avons avez ont avait avoir fait faire je j' tu il elle on nous vous ils elles "
        "me m' te t' se s' lui leur leurs mon ma mes ton ta tes son sa ses notre nos "
        "votre vos ce c' cet cette ces ça cela ceci très plus moins aussi encore déjà "
        "toujours jamais rien tout tous toute toutes chaque autre autres même aujourd' "
        "demain hier maintenant ici là bien mal bon bonne merci bonjour salut peut peux "
        "veux veut faut va vais allons ne n' pas personne y jusqu' lorsqu' puisqu' "
        "quelqu' alors comme depuis pendant contre selon après avant trop beaucoup peu "
        "assez vraiment enfin non oui ceux celle celui quel quelle quels quelles lequel "
        "laquelle sera serait seront avais aurait fois chose gens voilà";

static const char words_it[] =
        "il lo la i gli le un uno una un' l' di a da in con su per tra fra e ed o ma se "
        "che chi cui non è sono era erano essere stato stata stati ho hai ha abbiamo "
        "avete hanno avere fatto fare faccio fa io tu lui lei noi voi loro mi ti ci vi "
        "si me te del dello della dell' dei degli delle al allo alla all' ai agli alle "
        "dal dallo dalla dall' dai dagli dalle nel nello nella nell' nei negli nelle "
        "sul sullo sulla sull' sui sugli sulle col questo questa questi queste quello "
        "quella quelli quelle come dove quando perché cosa anche ancora già più molto "
        "molta molti molte tanto tanta poco tutto tutta tutti tutte sempre mai ora "
        "adesso oggi domani ieri poi prima dopo bene male bello bella grazie ciao "
        "comunque però allora quindi mentre senza sotto sopra dentro fuori proprio solo "
        "niente nulla qualcosa qualcuno ogni altro altra altri altre può posso puoi "
        "possiamo devo deve devono voglio vuole vuoi sei siamo siete c' nessuno sia "
        "siano sarà sarebbe ne cioè invece oppure perciò mio mia miei mie tuo tua suo "
        "sua nostro nostra vostro gente cose anni giorno stesso stessa davvero troppo "
        "quasi";

static const char words_nl[] =
        "de het een en of maar want omdat dat die dit deze als wanneer hoe wat wie waar "
        "waarom welke in op aan bij met van voor na naar uit over onder tussen door "
        "tegen zonder om tot sinds ik jij je u hij zij ze wij we jullie mij me mijn "
        "jouw jou zijn haar ons onze hun hen niet geen niets nooit nog al ook alleen "
        "zeer heel erg meer veel alle alles altijd weer nu vandaag morgen gisteren hier "
        "daar er zo toch eens ja nee goed dank bedankt alsjeblieft is was waren ben "
        "bent heeft hebben heb had hadden wordt worden werd werden zou zouden kan "
        "kunnen kon moet moeten mag wil willen gaat gaan doet doen men zal zullen wel "
        "dan nou even iets iemand niemand dus echter zelf hebt waarin waarvan daarom "
        "daarmee hierbij zich mensen jaar dag nieuwe goede mooi leuk gewoon weet denk "
        "vind zegt";

static const char words_pl[] =
        "i w we z ze na nie się to że do jest są był była było byli były jak ale o od "
        "po za co czy tak już tylko przez przy dla jego jej ich mnie mi mój moja moje "
        "twój twoja ty ja my wy on ona ono oni one nas was im go ten ta te tego tej tym "
        "tych temu który która które których którzy jaki jaka jakie gdzie kiedy bo a "
        "też jeszcze bardzo może można trzeba będzie będę będą będziesz jestem jesteś "
        "jesteśmy mam ma mamy mają macie miał miała mieli nic nikt coś ktoś wszystko "
        "wszyscy sobie siebie tu tam teraz dziś dzisiaj jutro wczoraj no oraz lub albo "
        "ani aby żeby gdy jeśli jeżeli ponieważ dlaczego czemu więc zawsze nigdy wtedy "
        "potem przed pod nad między bez u dzięki według także chyba właśnie naprawdę "
        "dobrze dobry dobra fajny fajnie proszę dziękuję cześć pan pani państwo polska "
        "polski polsce mną tobą nim nią nimi swój swoje swoja swoich jako jednak nawet "
        "coraz kto czym czego wiem wiesz chcę chce mówi trochę ludzie rok lat dzień "
        "zobacz niech jakby by";

static const char words_pt[] =
        "o a os as um uma uns umas de do da dos das em no na nos nas ao aos à às por "
        "pelo pela pelos pelas para pra pro com sem sobre entre até desde e ou mas se "
        "não nem que quem qual quais como onde quando porque porquê é são era eram foi "
        "foram ser estar está estão estou estamos estava tem têm tenho ter temos fazer "
        "faz fez eu tu você vocês ele ela nós eles elas me te lhe lhes meu minha meus "
        "minhas seu sua seus suas teu tua este esta isto esse essa isso aquele aquela "
        "aquilo muito muita muitos muitas mais menos também já ainda sempre nunca nada "
        "algo alguém ninguém tudo todos todas cada outro outra outros mesmo mesma hoje "
        "amanhã ontem agora aqui ali bem mal bom boa obrigado obrigada olá oi posso "
        "pode podem quero quer vai vou vamos vão acho kkk kkkk kkkkk rs né então tá "
        "gente coisa dia ano vez depois antes melhor pior tão tanto ficar fica ficou "
        "sei vc vcs q tb tbm pq num numa dele dela deles nosso nossa porra cara sou "
        "somos fui tava tô aí lá daí dá eita mano hein essas desse dessa nesse nessa";

static const char words_ro[] =
        "și în la de pe cu din pentru că ca care ce nu este e sunt era au am ai fost fi "
        "să o un unei unui lui ei lor el ea noi voi eu tu mă mi îmi te îți se își ne vă "
        "acest această acesta aceasta acești aceste acel acea acei asta ăsta ăștia așa "
        "dar iar sau nici mai foarte doar tot toate toți după până prin fără despre "
        "între când unde cum cine dacă chiar deja acum azi mâine ieri bine bun bună rău "
        "frumos mult multă multe mulți poate pot poți putem vreau vrea vrei trebuie "
        "avea are aveți avem suntem sunteți fiind fie decât deci atunci încă înainte "
        "aici acolo nimic ceva cineva nimeni fiecare alt altă alte alții meu mea mei "
        "mele tău ta său sa nostru noastră vostru dintre asupra către sub peste spre "
        "lângă ori oare zi ani oameni lucru cam tare prea mersi mulțumesc salut";

static const char words_sk[] =
        "a i v vo z zo na je sú som si sme ste bol bola bolo boli byť sa to že do k ku "
        "o od po za čo ako ale keď tak už len pre pri pred pod nad medzi bez u jeho jej "
        "ich ma mňa mi môj moja moje tvoj tvoja ty ja my vy on ona ono oni ten tá tú "
        "toho tom tým tých tomu ktorý ktorá ktoré ktorých ktorú aký aká aké kde kedy "
        "prečo pretože takže aby keby ak alebo ani tiež ešte veľmi zasa môže môžem "
        "môžeme musí musím bude budem budú budeme mám má máme majú máte mal mala mali "
        "nič nikto niečo niekto všetko všetci vždy nikdy seba tu teraz dnes zajtra "
        "včera no teda však proste naozaj dobre dobrý dobrá ďakujem vďaka ahoj prosím "
        "nie nemám nemá neviem viem chcem chce chcel iba aj sem tam zase potom hneď "
        "trochu treba asi možno aspoň než až ho mu im nám vám tento táto tieto taký "
        "taká proti kvôli podľa počas ľudia človek pekne pekný skvelé celkom celý celá "
        "áno jasné ľudí deti toto takto takisto nejaký nejaké niekedy všade preto "
        "predsa určite samozrejme zatiaľ povedal chcela mať robiť vidieť deň prvý iný "
        "iné všetky mne vraj vie nevie či vôbec ďalší ďalšie svoj peniaze práca mesto "
        "krajina lebo čiže dobrú s nimi voči tvoje mojom mnou tebou bohužiaľ inak pekná "
        "pekné dúfam práve vlastne snáď dosť hej ak veľa veru netreba ide idem "
        "ideme idú páči páčilo ďalej niekde zatiaľ akurát cez okrem vedľa "
        "namiesto hovoriť hovorí hovoria povedať vedieť prísť išiel išla mohol "
        "videl robil urobil robia kúpiť zostať začať hľadať čakať myslieť "
        "chcieť môcť musieť písať čítať pozerať nevieš dieťa priateľ kamarát týždeň "
        "mesiac svet posledný žiadny žiadna žiaden skutočne hlavne skôr viac menej "
        "opäť hore takmer príliš rovnako síce hoci najmä pokiaľ veľký veľká veľké by kto "
        "väčšinou väčšina chápem rozumiem otvorí otvoriť zdieľam zdieľať";

/* ---- letters ---------------------------------------------------------- */

static const char letters_cs[] = "řěůčšžťďňáéíóúý";
static const char letters_de[] = "äöüß";
static const char letters_es[] = "ñáéíóú¿¡";
static const char letters_fr[] = "çéèêëàâîïôûùœÿ";
static const char letters_it[] = "àèéìòù";
static const char letters_pl[] = "ąęłśćńźżó";
static const char letters_pt[] = "ãõçâêôàáéíóú";
static const char letters_ro[] = "ăâîșțşţ";
static const char letters_sk[] = "äľĺŕôčšžťďňáéíóúý";

/* Letter sequences ('_' = word edge, at most 5 code points) that one or two
 * of the languages use far more than the others: they separate the close
 * pairs (cs/sk, es/pt/it) and texts typed without diacritics, where the
 * letters above are missing. */
static const char grams_cs[] = "_nej jí_ ají_ ství vat_ ít_ ět_";
static const char grams_de[] = "ung_ ich_ lich tz sch _ge heit keit haft pf zw _zu _erz";
static const char grams_en[] = "th wh ght ing_ ly_";
static const char grams_es[] = "ción cion_ dad_ jaj";
static const char grams_fr[] = "eau eux_ aux_ ait_ aient oux";
static const char grams_it[] = "zione gli cch zz ggi";
static const char grams_nl[] = "ij aa uu oe lijk sch _ge heid schap";
static const char grams_pl[] = "rz sz cz prz szcz ść ście dz";
static const char grams_pt[] = "ção ções ão_ ões nh lh cao_ dade_";
static const char grams_ro[] = "ului ilor ul_ ii_ ează eaza ă_ ăm_ ți_ ţi_";
static const char grams_sk[] = "jú_ ajú_ stvo ť_ dz sť";

/* Czech against Slovak only: letters and sequences common in one and rare
 * or absent in the other, but too common elsewhere to count against every
 * language ("ie" is German too). Slovak: ä ľ ĺ ŕ ô, the diphthongs ia/ie/iu,
 * ú after consonants, -om, -ov, -ej, loc. pl. -och, masc. pl. -skí/-ckí,
 * loanword adjectives -álny/-ívny (Czech -ální/-ivní), 1sg -ujem,
 * infinitives -iť/-ovať. Czech: ě ř ů, jsem/jsou, -ní, -ího, -ích, -ace
 * (Slovak -ácia), -ští, 1sg -uji/-uju, colloquial -ýho/-ýmu, and "ou"
 * before a consonant inside a word (pouze, dlouhý; Slovak ú/u). Not
 * word-final -ou or -em: Slovak has them too (instrumental, chcem).
 * Words one of the pair lists and the other does not count here as well
 * (langid.c); the word lists above were extended with such pairs
 * (mezi/medzi, přes/cez, kdo…) from knowledge of the languages. */
static const char kin_cs[] = "ě ř ů _js ní_ _se_ _při _před ají_ ují_ ích_ ího_ ace_ ští_ ýho_ "
                             "ýmu_ uji_ uju_ ouz out oud ouh ous oup ouc ouv oub ář átní ární";
static const char kin_sk[] =
        "ä ľ ĺ ŕ ia ie iu ô om_ ov_ _sa_ _pri _pred ajú_ ujú_ _som ej_ _naj ol_ bú cú "
        "dú hú jú kú lú mú nú pú rú sú tú vú zú čú šú žú och_ skí_ ckí_ "
        "álny álne álna álnu álno ívn iť_ ovať ujem_ dz ár_ ári_ árov átny átna átne átnu";

/* Letters a language writes only in foreign names and loanwords. Accented:
 * every Latin letter outside its alphabet (the last column: ř is foreign to
 * Slovak, ä to Czech, any accent to English). ASCII: Polish has
 * no v, q or x (it writes w, kw, ks), Czech and Slovak no w, q or x, Romanian
 * no w, q or y, Italian no j, k, w, x or y, Spanish no k or w, Portuguese no
 * w or y (k survives in the laugh "kkkk"), Dutch no q or x. A word with one
 * of them is a little evidence against the language (langid.c); English,
 * German and French use every letter. */
const struct es_langid_def es_langid_defs[] = {
        {"cs", "cs.lm", words_cs, letters_cs, grams_cs, 1, 1, kin_cs, "qwx", "áčďéěíňóřšťúůýž"},
        {"de", "de.lm", words_de, letters_de, grams_de, 0, 0, "", "", "äöüß"},
        {"el", "el.lm", words_el, "", "", 0, 0, "", "", ""},
        {"en", "en.lm", words_en, "", grams_en, 0, 0, "", "", ""},
        {"es", "es.lm", words_es, letters_es, grams_es, 0, 0, "", "kw", "áéíóúüñ"},
        {"fr", "fr.lm", words_fr, letters_fr, grams_fr, 0, 0, "", "", "àâçéèêëîïôùûüÿœæ"},
        {"it", "it.lm", words_it, letters_it, grams_it, 0, 0, "", "jkwxy", "àèéìíòóù"},
        {"nl", "nl.lm", words_nl, "", grams_nl, 0, 0, "", "qx", "áéèëíïóöúü"},
        {"pl", "pl.lm", words_pl, letters_pl, grams_pl, 1, 0, "", "qvx", "ąćęłńóśźż"},
        {"pt", "pt.lm", words_pt, letters_pt, grams_pt, 0, 0, "", "wy", "áâãàçéêíóôõú"},
        {"ro", "ro.lm", words_ro, letters_ro, grams_ro, 1, 0, "", "qwy", "ăâîșțşţ"},
        {"sk", "sk.lm", words_sk, letters_sk, grams_sk, 0, 1, kin_sk, "qwx", "áäčďéíĺľňóôŕšťúýž"},
};

const size_t es_langid_ndefs = sizeof es_langid_defs / sizeof es_langid_defs[0];

_Static_assert(sizeof es_langid_defs / sizeof es_langid_defs[0] == ES_LANGID_NLANG,
               "ES_LANGID_NLANG must count the entries of es_langid_defs");
_Static_assert(ES_LANGID_NLANG <= 16, "language masks are 16 bits");
