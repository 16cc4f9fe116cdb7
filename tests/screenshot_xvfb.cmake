# Renders the real window under Xvfb with the xcb platform (as over X forwarding) and checks the PNG.
# -DTAB=N opens the window on tab N (5: the Fleet tab on the demo organization).
file(REMOVE "${OUTPUT}")
set(tab_args)
if(DEFINED TAB)
    set(tab_args --tab ${TAB})
endif()
execute_process(
    COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x900x24" "${INSPECTOR}" --demo ec2 ${tab_args} --screenshot "${OUTPUT}"
    RESULT_VARIABLE result
    TIMEOUT 90)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "mackerel-inspector --screenshot under Xvfb exited with ${result}")
endif()
if(NOT EXISTS "${OUTPUT}")
    message(FATAL_ERROR "no screenshot written at ${OUTPUT}")
endif()
file(SIZE "${OUTPUT}" size)
file(READ "${OUTPUT}" signature LIMIT 8 HEX)
if(NOT signature STREQUAL "89504e470d0a1a0a")
    message(FATAL_ERROR "${OUTPUT} is not a PNG")
endif()
# A blank 1100x720 window compresses to a few KiB; text and the evidence table make it far larger.
if(size LESS 20000)
    message(FATAL_ERROR "the screenshot is ${size} bytes: the window looks blank")
endif()
message(STATUS "screenshot: ${OUTPUT} (${size} bytes)")
