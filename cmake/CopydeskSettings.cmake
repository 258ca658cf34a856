# One INTERFACE target carries the settings every Copydesk target shares.
add_library(copydesk_settings INTERFACE)
target_compile_features(copydesk_settings INTERFACE cxx_std_20)
target_compile_options(copydesk_settings INTERFACE
  $<$<COMPILE_LANGUAGE:CXX>:-Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wno-missing-field-initializers>)
set(CMAKE_CXX_EXTENSIONS OFF)
set(CMAKE_POSITION_INDEPENDENT_CODE ON)

# Where the resources (sample catalog, default templates, syntax definition) live in the source tree;
# installed builds look under share/copydesk instead (see core/common/paths.cpp).
set(COPYDESK_RESOURCES_DIR ${CMAKE_SOURCE_DIR}/resources)
set(COPYDESK_SHARED_DIR ${CMAKE_SOURCE_DIR}/../shared)

# Qt-specific safety defines for ui/ and the GUI app.
add_library(copydesk_qt_settings INTERFACE)
target_link_libraries(copydesk_qt_settings INTERFACE copydesk_settings)
target_compile_definitions(copydesk_qt_settings INTERFACE
  QT_NO_CAST_FROM_ASCII QT_NO_CONTEXTLESS_CONNECT QT_NO_URL_CAST_FROM_STRING)
