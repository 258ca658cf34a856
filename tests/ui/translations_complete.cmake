# ctest script: every tr() string of the studio has a finished Chinese translation.
# lupdate reads the sources into a copy of translations/copydesk_zh_CN.ts (the original is not touched);
# a string added or changed since the last translation pass comes out as type="unfinished".
# -DLUPDATE=... -DSOURCE_DIR=... -DWORK=...
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}")
configure_file("${SOURCE_DIR}/translations/copydesk_zh_CN.ts" "${WORK}/copydesk_zh_CN.ts" COPYONLY)
execute_process(
  COMMAND "${LUPDATE}" -I . -no-obsolete -locations none -target-language zh_CN ui -ts "${WORK}/copydesk_zh_CN.ts"
  WORKING_DIRECTORY "${SOURCE_DIR}"
  RESULT_VARIABLE status OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "lupdate failed (${status}):\n${out}")
endif()
file(READ "${WORK}/copydesk_zh_CN.ts" ts)
string(REGEX MATCHALL "<source>[^<]*</source>[ \t\r\n]*(<comment>[^<]*</comment>[ \t\r\n]*)?<translation type=\"unfinished\"" missing "${ts}")
list(LENGTH missing count)
if(count GREATER 0)
  string(REPLACE ";" "\n" listed "${missing}")
  message(FATAL_ERROR "${count} string(s) of the studio have no Chinese translation; run lupdate and "
                      "translations/fill_zh_CN.py (see ui/CMakeLists.txt):\n${listed}")
endif()
message(STATUS "every studio string has a Chinese translation")
