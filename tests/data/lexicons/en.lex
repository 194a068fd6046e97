# Test fixture: a tiny English lexicon whose valences are chosen for the
# scorer's unit tests (tests/unit/test_score.c). Not the product lexicon.
@lang en
@stemmer snowball:english

[valence]
good          1.9
great         3.1
bad          -2.5
horrible     -2.5
disappoint   -2.0
love          3.2
hate         -2.7
happy         2.7
war          -2.9
zone          0.0
terribl*     -3.0
not bad       1.5
no problem    1.2
war zone     -1.0
super         2.5
epicfail     -2.5
epic          2.5
fail         -2.0
waste of money  -2.8

[negators]
not
never
no
without
*n't

[intensifiers]
very          0.293
really        0.293
so            0.293
extremely     0.5
super         0.4
slightly     -0.293
kind of      -0.293

[contrast]
but

[settings]
double_negation = flip
