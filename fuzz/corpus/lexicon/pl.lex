@lang pl
@stemmer light:pl
[valence]
dobry 2.0
zły -2.0
beznadziej* -2.5
nie polecam -2.2
na pewno nie* -1.0
[negators]
nie
nigdy
[negation-prefixes]
nie 3
[intensifiers]
bardzo 0.293
w ogóle 0.293
[contrast]
ale
[settings]
double_negation = concord
