# rich test lexicon
@lang en
@stemmer snowball:english

[valence]
caring          2.0   # stems to "care", written before care on purpose
care            1.0
disappointed   -2.0
good            1.9
żal            -1.0
zal             1.0
zły            -2.0
terribl*       -3.0
terrible*      -3.5
żółt*           0.5
not bad         1.5
not bad at all  2.0
not good       -1.5
waste of money -2.8
na pewno nie*  -1.0
\#fail         -2.0
\@home          0.3
XOXO            1.0
f*ck           -2.5
	sad	-2.1

[negators]
not
never
*n't
*an't
*nę
not at all

[negation-prefixes]
nie
un   4

[intensifiers]
very            0.293
slightly       -0.293
kind of        -0.293

[contrast]
but
even so

[settings]
negation_scalar = -0.5
double_negation = flip
booster_decay = 1 0.9 0.8
alpha = 12.5
