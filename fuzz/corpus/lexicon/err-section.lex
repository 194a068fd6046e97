@lang en
[foo]
x 1
