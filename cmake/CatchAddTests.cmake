# One ctest test per TEST_CASE of a Catch2 v2 executable: run by catch_discover_tests() after each
# link, in place of Catch2 2.13's own CatchAddTests.cmake (tests/CMakeLists.txt points
# _CATCH_DISCOVER_TESTS_SCRIPT here). Catch2 2.13 turns the listing into a CMake list, so a name
# with ';' became two tests whose filters matched no test case, and Catch passes when nothing ran:
# every such TEST_CASE was silently never run by ctest (catchorg/Catch2#2674, fixed only in v3).
# Here ';', '[' and ']' are kept out of list splitting, and every argument of the generated script
# is a bracket argument. Same -D inputs as Catch2's script; REPORTER and OUTPUT_* are not supported.

execute_process(
  COMMAND ${TEST_EXECUTOR} "${TEST_EXECUTABLE}" ${TEST_SPEC} --list-test-names-only
  OUTPUT_VARIABLE listing
  RESULT_VARIABLE result
  WORKING_DIRECTORY "${TEST_WORKING_DIR}")
# --list-test-names-only exits with the number of tests listed.
if(result EQUAL 0)
  message(WARNING "Test executable '${TEST_EXECUTABLE}' contains no tests!")
elseif(NOT result MATCHES "^[0-9]+$")
  message(FATAL_ERROR "Error running test executable '${TEST_EXECUTABLE}': ${result}\n${listing}")
endif()

# Characters CMake would split on (';') or treat as list brackets ('[' ']') travel as placeholders.
string(REPLACE ";" "@CATCH_SEMICOLON@" listing "${listing}")
string(REPLACE "[" "@CATCH_OPEN@" listing "${listing}")
string(REPLACE "]" "@CATCH_CLOSE@" listing "${listing}")
string(REPLACE "\n" ";" lines "${listing}")

set(script "")
foreach(line IN LISTS lines)
  if(line STREQUAL "")
    continue()
  endif()
  string(REPLACE "@CATCH_SEMICOLON@" ";" name "${line}")
  string(REPLACE "@CATCH_OPEN@" "[" name "${name}")
  string(REPLACE "@CATCH_CLOSE@" "]" name "${name}")
  # The test spec Catch is given: its special characters escaped with a backslash (that one first).
  set(spec "${name}")
  foreach(char "\\" "," "\"" "~" "*" "[" "]")
    string(REPLACE "${char}" "\\${char}" spec "${spec}")
  endforeach()
  set(args "")
  foreach(arg IN LISTS TEST_EXTRA_ARGS)
    string(APPEND args " [==[${arg}]==]")
  endforeach()
  string(APPEND script
    "add_test([==[${TEST_PREFIX}${name}${TEST_SUFFIX}]==] ${TEST_EXECUTOR} [==[${TEST_EXECUTABLE}]==] [==[${spec}]==]${args})\n")
  set(properties " [==[WORKING_DIRECTORY]==] [==[${TEST_WORKING_DIR}]==]")
  foreach(property IN LISTS TEST_PROPERTIES)
    # PROPERTIES arrive as one flat list: a value that is a list itself (two labels, two
    # environment variables) comes with @CATCH_LIST@ for its ';' (see copydesk_add_test).
    string(REPLACE "@CATCH_LIST@" ";" property "${property}")
    string(APPEND properties " [==[${property}]==]")
  endforeach()
  string(APPEND script "set_tests_properties([==[${TEST_PREFIX}${name}${TEST_SUFFIX}]==] PROPERTIES${properties})\n")
endforeach()

file(WRITE "${CTEST_FILE}" "${script}")
