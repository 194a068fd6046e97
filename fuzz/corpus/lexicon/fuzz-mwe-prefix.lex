# rich
@lang enm
c#r vrei*  -3
