@lang any
trribbć* 1
abÄ* 2
