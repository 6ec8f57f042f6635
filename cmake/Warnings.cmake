# alexnet_warnings: an INTERFACE target every project target links PRIVATE.
add_library(alexnet_warnings INTERFACE)
target_compile_options(alexnet_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                  -Wno-unused-parameter)
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU")
  # GCC 12 reports false positives inside its own AVX-512 intrinsics headers when Eigen uses them.
  target_compile_options(alexnet_warnings INTERFACE -Wno-maybe-uninitialized)
endif()
if(ALEXNET_WERROR)
  target_compile_options(alexnet_warnings INTERFACE -Werror)
endif()
