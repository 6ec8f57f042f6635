# One binary for every x86-64 CPU: the built alexnet-lab runs under `qemu-x86_64 -cpu max` (an
# emulated CPU with AVX2 and no AVX-512) and gives exactly the numbers of a native run on the AVX2
# path; asking for AVX-512 there is refused with a message.
# Run by CTest: cmake -DAPP=… -DIMAGE=… -P tests/isa_qemu.cmake (skipped when qemu-user is missing).
find_program(QEMU qemu-x86_64)
if(NOT QEMU)
  message("SKIPPED: qemu-x86_64 is not installed (apt-get install qemu-user)")
  return()
endif()

function(run out_var)
  execute_process(COMMAND ${ARGN} OUTPUT_VARIABLE output ERROR_VARIABLE errors RESULT_VARIABLE status)
  if(NOT status EQUAL 0)
    string(JOIN " " command ${ARGN})
    message(FATAL_ERROR "${command} failed (${status}):\n${errors}")
  endif()
  set(${out_var} "${output}" PARENT_SCOPE)
endfunction()

run(version "${QEMU}" -cpu max "${APP}" --version)
if(NOT version MATCHES "\\(avx2 kernels\\)")
  message(FATAL_ERROR "under qemu -cpu max the program should pick the AVX2 path: ${version}")
endif()

foreach(args "shapes;--model;lenet" "shapes;--model;alexnet;--json"
             "inspect;--weights;lenet-d2l;--image;${IMAGE};--json")
  run(emulated "${QEMU}" -cpu max "${APP}" ${args})
  run(native "${CMAKE_COMMAND}" -E env ALEXNET_ISA=avx2 "${APP}" ${args})
  if(NOT emulated STREQUAL native)
    message(FATAL_ERROR "alexnet-lab ${args}: the emulated AVX2 CPU's output differs from the native AVX2 path's")
  endif()
  if(emulated STREQUAL "")
    message(FATAL_ERROR "alexnet-lab ${args} printed nothing")
  endif()
endforeach()

execute_process(COMMAND "${CMAKE_COMMAND}" -E env ALEXNET_ISA=avx512 "${QEMU}" -cpu max "${APP}" shapes --model lenet
                OUTPUT_QUIET ERROR_VARIABLE refusal RESULT_VARIABLE status)
if(NOT status EQUAL 2 OR NOT refusal MATCHES "ALEXNET_ISA=avx512 asks for more than this CPU has \\(its best path is avx2\\)")
  message(FATAL_ERROR "ALEXNET_ISA=avx512 on an AVX2 CPU: status ${status}, message: ${refusal}")
endif()
