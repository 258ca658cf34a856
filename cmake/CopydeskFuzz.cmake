# COPYDESK_FUZZ: build the libFuzzer targets under fuzz/ (scripts/fuzz.sh). Needs clang; every target
# configured after this point (core among them) is compiled with the fuzzer's coverage hooks and with
# AddressSanitizer + UndefinedBehaviorSanitizer, so a bug anywhere below an entry point is reported.
# UB aborts instead of printing and carrying on, so libFuzzer counts it as a crash.
if(NOT COPYDESK_FUZZ)
  return()
endif()
if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
  message(FATAL_ERROR "COPYDESK_FUZZ needs clang (CC=clang-14 CXX=clang++-14), not ${CMAKE_CXX_COMPILER_ID}")
endif()
set(COPYDESK_FUZZ_SANITIZE -fsanitize=address,undefined -fno-sanitize-recover=undefined)
add_compile_options(-fsanitize=fuzzer-no-link ${COPYDESK_FUZZ_SANITIZE} -fno-omit-frame-pointer)
add_link_options(${COPYDESK_FUZZ_SANITIZE})
