@lang de
schön 2
[settings]
transliterate = ä:ae ä:a ö: :x ß:SS é:eeee
