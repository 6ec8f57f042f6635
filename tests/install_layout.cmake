# `cmake --install` into an empty prefix gives bin/alexnet-lab, the bundled weights where the installed
# program finds them (relative to itself, never the build tree), the desktop entry, the icon, the
# AppStream metainfo, the man page and the bash completion.
# Run by CTest: cmake -DBUILD_DIR=… -DPREFIX=… -P tests/install_layout.cmake
file(REMOVE_RECURSE "${PREFIX}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --prefix "${PREFIX}" RESULT_VARIABLE status OUTPUT_QUIET)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "cmake --install failed (${status})")
endif()
foreach(file bin/alexnet-lab share/alexnet-lab/weights/manifest.json share/alexnet-lab/weights/lenet-d2l.safetensors
             share/applications/org.alexnetlab.AlexNetLab.desktop share/icons/hicolor/scalable/apps/org.alexnetlab.AlexNetLab.svg
             share/metainfo/org.alexnetlab.AlexNetLab.metainfo.xml share/man/man1/alexnet-lab.1
             share/bash-completion/completions/alexnet-lab)
  if(NOT EXISTS "${PREFIX}/${file}")
    message(FATAL_ERROR "missing ${PREFIX}/${file}")
  endif()
endforeach()
# ALEXNET_WEIGHTS_DIR unset: the installed binary must look beside itself.
execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=ALEXNET_WEIGHTS_DIR "ALEXNET_RUNS_DIR=${PREFIX}/runs"
                        "${PREFIX}/bin/alexnet-lab" weights --json --check
                OUTPUT_VARIABLE listing RESULT_VARIABLE status)
if(NOT status EQUAL 0)
  message(FATAL_ERROR "installed alexnet-lab weights --check failed (${status}): ${listing}")
endif()
string(FIND "${listing}" "\"path\": \"${PREFIX}/share/alexnet-lab/weights/lenet-d2l.safetensors\"" found)
if(found EQUAL -1)
  message(FATAL_ERROR "the installed program does not list its own bundled LeNet:\n${listing}")
endif()
file(REMOVE_RECURSE "${PREFIX}")
