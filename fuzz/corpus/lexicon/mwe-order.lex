@lang en
@stemmer none
not bad 1
not bad at all 2
not good -1
a b c d e f 1
[negators]
not at all
*n't
