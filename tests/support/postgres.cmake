# The throwaway PostgreSQL 15 server of a ctest run (issue 11), included from tests/CMakeLists.txt.
#
# ctest starts it once, before the first test that needs it ("postgres: start the test server",
# FIXTURES_SETUP postgres), and stops it after the last ("postgres: stop the test server",
# FIXTURES_CLEANUP postgres); scripts/pg-test-server.sh does the work. A test that needs it:
#   - a Catch2 target: copydesk_add_test(NAME SOURCES … POSTGRES). Every discovered test case then
#     requires the fixture, gets COPYDESK_TEST_PG (the server's libpq connection string) and the
#     label postgres, and the target links copydesk_test_postgres (PostgresTestServer, libpq);
#   - any other test: copydesk_use_postgres(TEST_NAME…) in the folder that added it.
# ctest -L postgres (or -R postgres) runs them all; the fixture tests are pulled in by any of them.
# Each test makes its own database (PostgresTestServer::createTestDatabase()), so tests run in
# parallel without a RESOURCE_LOCK.

find_package(PostgreSQL 14 REQUIRED)

# The server lives under /tmp, not in the build folder: as root it runs as the postgres user, who
# must traverse every folder above it, and a Unix socket path holds at most 107 bytes. The name is
# fixed per build folder so the environment of the tests is known at configure time and a run
# killed midway is cleaned up by the next start; two build folders never share a server.
string(SHA1 _copydesk_pg_hash "${CMAKE_BINARY_DIR}")
string(SUBSTRING "${_copydesk_pg_hash}" 0 12 _copydesk_pg_hash)
set(COPYDESK_TEST_PG_DIR "/tmp/copydesk-pg-${_copydesk_pg_hash}" CACHE PATH
  "Folder of the tests' throwaway PostgreSQL server (its socket, data and log)")
set(COPYDESK_TEST_PG_PORT 54329)  # names the socket only: the server opens no TCP port
set(COPYDESK_TEST_PG "host=${COPYDESK_TEST_PG_DIR} port=${COPYDESK_TEST_PG_PORT} user=postgres")

set(_copydesk_pg_script ${CMAKE_SOURCE_DIR}/scripts/pg-test-server.sh)
add_test(NAME "postgres: start the test server"
  COMMAND ${_copydesk_pg_script} start ${COPYDESK_TEST_PG_DIR})
add_test(NAME "postgres: stop the test server"
  COMMAND ${_copydesk_pg_script} stop ${COPYDESK_TEST_PG_DIR})
set_tests_properties("postgres: start the test server" PROPERTIES FIXTURES_SETUP postgres)
set_tests_properties("postgres: stop the test server" PROPERTIES FIXTURES_CLEANUP postgres)
set_tests_properties("postgres: start the test server" "postgres: stop the test server" PROPERTIES
  LABELS postgres TIMEOUT 180 ENVIRONMENT "COPYDESK_PG_PORT=${COPYDESK_TEST_PG_PORT}")

# PostgresTestServer, PostgresTestDatabase and PgConnection; libpq for the tests' own queries;
# OwnPostgresServer for a test that kills its server.
add_library(copydesk_test_postgres STATIC support/postgres_test_server.cpp
  support/postgres_test_database.cpp support/pg_connection.cpp support/pg_connection_string.cpp
  support/own_postgres_server.cpp)
target_link_libraries(copydesk_test_postgres PUBLIC copydesk_test_support PostgreSQL::PostgreSQL)

# copydesk_use_postgres(TEST_NAME…): tests added with add_test() need the server as well.
function(copydesk_use_postgres)
  set_property(TEST ${ARGN} APPEND PROPERTY FIXTURES_REQUIRED postgres)
  set_property(TEST ${ARGN} APPEND PROPERTY ENVIRONMENT "COPYDESK_TEST_PG=${COPYDESK_TEST_PG}")
  set_property(TEST ${ARGN} APPEND PROPERTY LABELS postgres)
endfunction()
