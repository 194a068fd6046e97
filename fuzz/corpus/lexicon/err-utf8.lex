@lang en
go√(d 1
