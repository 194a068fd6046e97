@lang en
a b c d e f g 1
