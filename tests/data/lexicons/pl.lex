# Test fixture: a tiny Polish lexicon for the scorer's unit tests.
@lang pl
@stemmer none

[valence]
dobry         2.0
zły          -2.0
świetny       3.0
beznadziej*  -2.5
fajny         1.8
nie polecam  -2.2

[negators]
nie
nigdy

[negation-prefixes]
nie   3

[intensifiers]
bardzo        0.293

[contrast]
ale

[settings]
double_negation = concord
negated_negative_scalar = -0.4
