# Renders the real window under Xvfb with the xcb platform (as over X forwarding) and checks the PNGs.
# -DTAB=N opens the window on tab N (5: the Fleet tab on the demo organization); without it, the
# evidence tab, the host specs tab (summary above the tree) and the Mackerel tab side by side
# (seed registered: verdict update) are rendered.
# With -DLANGUAGE_CODE=ja (ko) the window speaks that language, with the glyphs of fonts-noto-cjk.
set(language_arguments)
if(LANGUAGE_CODE)
    set(language_arguments --lang ${LANGUAGE_CODE})
    # Without a CJK font, every Japanese or Korean character is an empty box: a window nobody can read.
    find_program(FC_LIST fc-list)
    if(FC_LIST)
        execute_process(COMMAND "${FC_LIST}" ":lang=${LANGUAGE_CODE}" family OUTPUT_VARIABLE fonts)
        if(fonts STREQUAL "")
            message(FATAL_ERROR "no font for '${LANGUAGE_CODE}' is installed: apt-get install fonts-noto-cjk")
        endif()
    endif()
endif()

function(render_window output)
    file(REMOVE "${output}")
    execute_process(
        COMMAND "${XVFB_RUN}" -a -s "-screen 0 1280x900x24" "${INSPECTOR}" --demo ec2 ${language_arguments} ${ARGN}
                --screenshot "${output}"
        RESULT_VARIABLE result
        TIMEOUT 90)
    if(NOT result EQUAL 0)
        message(FATAL_ERROR "mackerel-inspector ${language_arguments} ${ARGN} --screenshot under Xvfb exited with ${result}")
    endif()
    if(NOT EXISTS "${output}")
        message(FATAL_ERROR "no screenshot written at ${output}")
    endif()
    file(SIZE "${output}" size)
    file(READ "${output}" signature LIMIT 8 HEX)
    if(NOT signature STREQUAL "89504e470d0a1a0a")
        message(FATAL_ERROR "${output} is not a PNG")
    endif()
    # A blank 1100x720 window compresses to a few KiB; text and tables make it far larger.
    if(size LESS 20000)
        message(FATAL_ERROR "the screenshot ${output} is ${size} bytes: the window looks blank")
    endif()
    message(STATUS "screenshot: ${output} (${size} bytes)")
endfunction()

if(DEFINED TAB)
    render_window("${OUTPUT}" --tab ${TAB})
else()
    render_window("${OUTPUT}")
    get_filename_component(stem "${OUTPUT}" NAME_WLE)
    get_filename_component(dir "${OUTPUT}" DIRECTORY)
    render_window("${dir}/${stem}-host-specs.png" --tab 3)
    render_window("${dir}/${stem}-mackerel.png" --tab 4 --seed registered)
endif()
