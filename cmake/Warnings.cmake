# alexnet_warnings: an INTERFACE target every project target links PRIVATE.
add_library(alexnet_warnings INTERFACE)
target_compile_options(alexnet_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                                  -Wno-unused-parameter)
if(ALEXNET_WERROR)
  target_compile_options(alexnet_warnings INTERFACE -Werror)
endif()
