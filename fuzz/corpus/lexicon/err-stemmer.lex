@lang en
@stemmer snowball:klingon
good 1
