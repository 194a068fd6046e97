@lang de
schön 2
großartig 3
scheiß* -2.5
glückliche 2
[negators]
für
[settings]
transliterate = ä:ae ö:oe ü:ue ß:ss
