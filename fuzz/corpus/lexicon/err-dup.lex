@lang en
good 1
Good 2
