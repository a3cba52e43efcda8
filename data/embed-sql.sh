#!/bin/sh
# data/embed-sql.sh NAME FILE: FILE as the C string NAME, so the programs
# carry the SQL they run instead of reading files at run time.
printf '/* Generated from data/%s: do not edit. */\n' "$(basename "$2")"
printf 'const char %s[] =\n' "$1"
sed -e 's/\\/\\\\/g' -e 's/"/\\"/g' -e 's/^/"/' -e 's/$/\\n"/' "$2"
echo ';'
