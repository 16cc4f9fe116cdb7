# Renders the real window under Xvfb with the xcb platform (as over X forwarding) and checks the PNG.
file(REMOVE "${OUTPUT}")
execute_process(
    COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x900x24" "${INSPECTOR}" --demo ec2 --screenshot "${OUTPUT}"
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
