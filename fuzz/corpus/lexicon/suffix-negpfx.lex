@lang cs
@stemmer none
[negators]
ne
*n't
*nę
not at all
[negation-prefixes]
ne 3
ně
nene 2
