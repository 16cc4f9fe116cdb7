<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgentConfig</name>
    <message>
        <source>an array</source>
        <translation>배열</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>정수</translation>
    </message>
    <message>
        <source>a date/time</source>
        <translation>날짜/시각</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>아무것도 없음</translation>
    </message>
    <message>
        <source>%1: is a directory, not a configuration file</source>
        <translation>%1: 디렉터리입니다. 설정 파일이 아닙니다</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: 읽을 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1:%2:%3: invalid TOML: %4</source>
        <translation>%1:%2:%3: 잘못된 TOML: %4</translation>
    </message>
    <message>
        <source>`%1` must be %2, not %3</source>
        <translation>`%1`은(는) %2이어야 합니다 (%3이 아니라)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true 또는 false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>문자열 배열</translation>
    </message>
    <message>
        <source>cloud_platform must be one of &quot;auto&quot;, &quot;none&quot;, &quot;ec2&quot;, &quot;gce&quot;, &quot;azurevm&quot; (lowercase); not &quot;%1&quot;</source>
        <translation>cloud_platform은 &quot;auto&quot;, &quot;none&quot;, &quot;ec2&quot;, &quot;gce&quot;, &quot;azurevm&quot; (소문자) 중 하나여야 합니다. &quot;%1&quot;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>`%1.command` must be a string or a non-empty array of strings</source>
        <translation>`%1.command`는 문자열이거나 비어 있지 않은 문자열 배열이어야 합니다</translation>
    </message>
    <message>
        <source>%1; it is missing</source>
        <translation>%1. 값이 없습니다</translation>
    </message>
    <message>
        <source>%1, not an empty array</source>
        <translation>%1. 빈 배열은 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>%1; it holds %2</source>
        <translation>%1. %2이(가) 들어 있습니다</translation>
    </message>
    <message>
        <source>a table of strings</source>
        <translation>문자열 테이블</translation>
    </message>
    <message>
        <source>a key of `%1.env` must not contain &quot;=&quot;: &quot;%2&quot;</source>
        <translation>`%1.env`의 키에는 &quot;=&quot;를 쓸 수 없습니다: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>테이블</translation>
    </message>
    <message>
        <source>`include = &quot;%1&quot;` is not a valid pattern (syntax error in &quot;%2&quot;)</source>
        <translation>`include = &quot;%1&quot;`은(는) 올바른 패턴이 아닙니다 (&quot;%2&quot;에 구문 오류)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: 파일이 없습니다</translation>
    </message>
    <message>
        <source>%1 (included by %2)</source>
        <translation>%1 (%2에서 include)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is dropped: the agent expects &lt;service&gt;:&lt;role&gt; with letters, digits, &apos;-&apos; and &apos;_&apos;, not starting with &apos;-&apos; or &apos;_&apos;</source>
        <translation>롤 &quot;%1&quot;은(는) 버려집니다: 에이전트는 &lt;서비스&gt;:&lt;롤&gt; 형식(영문자, 숫자, &apos;-&apos;, &apos;_&apos;. &apos;-&apos;나 &apos;_&apos;로 시작하지 않음)을 요구합니다</translation>
    </message>
    <message>
        <source>plugin.checks.%1.memo is longer than 250 characters; the agent cuts it</source>
        <translation>plugin.checks.%1.memo가 250자를 넘습니다. 에이전트는 잘라 냅니다</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>문자열</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>부동소수점 수</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>불리언</translation>
    </message>
</context>
<context>
    <name>AzureProbe</name>
    <message>
        <source>vmId &quot;%1&quot;: this is Azure</source>
        <translation>vmId &quot;%1&quot;: Azure입니다</translation>
    </message>
    <message>
        <source>status %1: not Azure IMDS</source>
        <translation>상태 %1: Azure IMDS가 아닙니다</translation>
    </message>
    <message>
        <source>An Azure metadata request failed without an answer; mackerel-agent stops at the first such failure, so it may send fewer keys.</source>
        <translation>Azure 메타데이터 요청이 응답 없이 실패했습니다. mackerel-agent는 이런 첫 실패에서 멈추므로 보내는 키가 줄어들 수 있습니다.</translation>
    </message>
    <message>
        <source>vmId: status %1</source>
        <translation>vmId: 상태 %1</translation>
    </message>
    <message>
        <source>empty vmId: the agent reports &quot;invalid instance id&quot;</source>
        <translation>vmId가 비어 있습니다: 에이전트는 &quot;invalid instance id&quot;를 보고합니다</translation>
    </message>
    <message>
        <source>vmId &quot;%1&quot; is not a UUID</source>
        <translation>vmId &quot;%1&quot;은(는) UUID가 아닙니다</translation>
    </message>
    <message>
        <source>The vmId could not be read, so mackerel-agent would send no customIdentifier and could not match the host registered by the Azure integration.</source>
        <translation>vmId를 읽지 못해 mackerel-agent는 customIdentifier를 보내지 않으며, Azure 인테그레이션이 등록한 호스트와 대조할 수 없습니다.</translation>
    </message>
    <message>
        <source>Azure IMDS answered &quot;%1&quot; as the vmId. That is not a UUID, so no Azure VM has it, but mackerel-agent would send it as its customIdentifier.</source>
        <translation>Azure IMDS가 vmId로 &quot;%1&quot;을(를) 돌려주었습니다. UUID가 아니므로 이를 가진 Azure VM은 없지만, mackerel-agent는 이를 customIdentifier로 보냅니다.</translation>
    </message>
</context>
<context>
    <name>BlockDeviceSpec</name>
    <message>
        <source>block_device left out: %1 does not exist (the agent skips it silently)</source>
        <translation>block_device 생략: %1이(가) 없습니다 (에이전트는 조용히 건너뜁니다)</translation>
    </message>
    <message>
        <source>block_device left out: cannot list %1</source>
        <translation>block_device 생략: %1을(를) 나열할 수 없습니다</translation>
    </message>
    <message>
        <source>block_device left out, as the agent leaves it out: %1</source>
        <translation>block_device 생략 (에이전트와 마찬가지로): %1</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO(이름 있는 파이프)</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>문자 장치</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>블록 장치</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>소켓</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>디렉터리</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>특수 파일</translation>
    </message>
    <message>
        <source>%1, not a regular file; not read</source>
        <translation>%1이며 일반 파일이 아닙니다. 읽지 않습니다</translation>
    </message>
    <message>
        <source>larger than %1 bytes; not read</source>
        <translation>%1바이트보다 커서 읽지 않습니다</translation>
    </message>
</context>
<context>
    <name>CloudDetector</name>
    <message>
        <source>%1 was confirmed first</source>
        <translation>%1이(가) 먼저 확인되었습니다</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (%2). A metadata service never redirects: a proxy or captive portal is in the way. mackerel-agent would follow it; the inspector does not.</source>
        <translation>%1이(가) 리디렉션(%2)으로 응답했습니다. 메타데이터 서비스는 리디렉션하지 않습니다: 프록시나 캡티브 포털이 중간에 있습니다. mackerel-agent는 리디렉션을 따르지만 인스펙터는 따르지 않습니다.</translation>
    </message>
    <message>
        <source>%1 sent an answer too large for a metadata service (%2). mackerel-agent would read all of it; the inspector stops.</source>
        <translation>%1이(가) 메타데이터 서비스로서는 너무 큰 응답을 보냈습니다 (%2). mackerel-agent는 모두 읽지만 인스펙터는 읽기를 멈춥니다.</translation>
    </message>
    <message>
        <source>detection stopped</source>
        <translation>검출을 중지했습니다</translation>
    </message>
</context>
<context>
    <name>CloudPlatform</name>
    <message>
        <source>automatic detection</source>
        <translation>자동 검출</translation>
    </message>
    <message>
        <source>no cloud</source>
        <translation>클라우드 없음</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation>사용법은 &apos;%1&apos;을(를) 실행하세요.</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>사용법: %1 [옵션]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>예상하지 못한 인수 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Print one JSON object (documented in README.md).</source>
        <translation>JSON 객체 하나를 출력합니다 (README.md에 설명).</translation>
    </message>
    <message>
        <source>As mackerel-agent.conf&apos;s cloud_platform: auto (default), none, ec2, gce, azurevm.</source>
        <translation>mackerel-agent.conf의 cloud_platform과 같음: auto (기본값), none, ec2, gce, azurevm.</translation>
    </message>
    <message>
        <source>Base URL of the EC2 metadata service (default http://169.254.169.254, or $AWS_EC2_METADATA_SERVICE_ENDPOINT).</source>
        <translation>EC2 메타데이터 서비스의 기본 URL (기본값 http://169.254.169.254 또는 $AWS_EC2_METADATA_SERVICE_ENDPOINT).</translation>
    </message>
    <message>
        <source>Base URL of the GCE metadata server (default http://metadata.google.internal., or $GCE_METADATA_HOST).</source>
        <translation>GCE 메타데이터 서버의 기본 URL (기본값 http://metadata.google.internal. 또는 $GCE_METADATA_HOST).</translation>
    </message>
    <message>
        <source>Base URL of the Azure instance metadata service (default http://169.254.169.254).</source>
        <translation>Azure 인스턴스 메타데이터 서비스의 기본 URL (기본값 http://169.254.169.254).</translation>
    </message>
    <message>
        <source>Run against the built-in simulator of CLOUD (%1): every endpoint points at it and the /sys UUID files are the simulated instance&apos;s.</source>
        <translation>내장된 CLOUD (%1) 시뮬레이터를 대상으로 실행합니다: 모든 엔드포인트가 시뮬레이터를 가리키고, /sys의 UUID 파일도 시뮬레이션된 인스턴스의 것이 됩니다.</translation>
    </message>
    <message>
        <source>Per-request timeout of metadata requests in ms (default 3000, the agent&apos;s).</source>
        <translation>메타데이터 요청 한 번의 타임아웃 (ms, 기본값 3000, 에이전트와 같음).</translation>
    </message>
    <message>
        <source>Wait between retries of metadata requests in ms (default 2000, the agent&apos;s).</source>
        <translation>메타데이터 요청 재시도 간격 (ms, 기본값 2000, 에이전트와 같음).</translation>
    </message>
    <message>
        <source>Read every local file (/sys, /proc, /etc) below DIR instead of / (a fixture tree or a mounted disk image).</source>
        <translation>모든 로컬 파일(/sys, /proc, /etc)을 / 대신 DIR 아래에서 읽습니다 (픽스처 트리나 마운트한 디스크 이미지).</translation>
    </message>
    <message>
        <source>mackerel-agent.conf to read (default %1 below --root; its absence there is not an error).</source>
        <translation>읽을 mackerel-agent.conf (기본값은 --root 아래의 %1. 그곳에 없어도 오류가 아닙니다).</translation>
    </message>
    <message>
        <source>--%1 takes milliseconds from 0 to 600000, not &apos;%2&apos;</source>
        <translation>--%1에는 0부터 600000까지의 밀리초를 지정합니다 (&apos;%2&apos;이(가) 아니라)</translation>
    </message>
    <message>
        <source>--root: &apos;%1&apos; is not a directory</source>
        <translation>--root: &apos;%1&apos;은(는) 디렉터리가 아닙니다</translation>
    </message>
    <message>
        <source>%1 (mackerel-agent reads it as root: run with sudo, or pass --conf PATH)</source>
        <translation>%1 (mackerel-agent는 root로 읽습니다: sudo로 실행하거나 --conf PATH를 지정하세요)</translation>
    </message>
    <message>
        <source>--cloud-platform must be one of auto, none, ec2, gce, azurevm; not &apos;%1&apos;</source>
        <translation>--cloud-platform은 auto, none, ec2, gce, azurevm 중 하나여야 합니다. &apos;%1&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--timeout must be at least 1 ms</source>
        <translation>--timeout은 1 ms 이상이어야 합니다</translation>
    </message>
    <message>
        <source>--demo must be one of %1; not &apos;%2&apos;</source>
        <translation>--demo는 %1 중 하나여야 합니다. &apos;%2&apos;은(는) 쓸 수 없습니다</translation>
    </message>
</context>
<context>
    <name>CpuSpec</name>
    <message>
        <source>processor number &quot;%1&quot; is not a number</source>
        <translation>프로세서 번호 &quot;%1&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot;은(는) 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>cache size &quot;%1&quot; is not a number of KB</source>
        <translation>캐시 크기 &quot;%1&quot;은(는) KB 단위 숫자가 아닙니다</translation>
    </message>
    <message>
        <source>cpu left out: %1</source>
        <translation>cpu 생략: %1</translation>
    </message>
    <message>
        <source>cpu left out, as the agent leaves it out: /proc/cpuinfo: %1</source>
        <translation>cpu 생략 (에이전트와 마찬가지로): /proc/cpuinfo: %1</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>임시 디렉터리를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot find a free port on 127.0.0.1</source>
        <translation>127.0.0.1에서 비어 있는 포트를 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>the simulator cannot listen on 127.0.0.1:%1</source>
        <translation>시뮬레이터가 127.0.0.1:%1에서 대기할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot start the simulated Mackerel API on 127.0.0.1</source>
        <translation>127.0.0.1에서 Mackerel API 시뮬레이터를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>cannot start the demo simulator: %1</source>
        <translation>데모 시뮬레이터를 시작할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Demo: simulated %1 instance at %2</source>
        <translation>데모: 시뮬레이션된 %1 인스턴스 (%2)</translation>
    </message>
</context>
<context>
    <name>Ec2Probe</name>
    <message>
        <source>IMDSv2 token received</source>
        <translation>IMDSv2 토큰을 받았습니다</translation>
    </message>
    <message>
        <source>empty token; continuing without one (IMDSv1), as the agent does</source>
        <translation>토큰이 비어 있습니다. 에이전트와 마찬가지로 토큰 없이(IMDSv1) 계속합니다</translation>
    </message>
    <message>
        <source>no IMDSv2 token (status %1); falling back to IMDSv1, as the agent does</source>
        <translation>IMDSv2 토큰 없음 (상태 %1). 에이전트와 마찬가지로 IMDSv1로 전환합니다</translation>
    </message>
    <message>
        <source>status %1: not an AWS metadata service</source>
        <translation>상태 %1: AWS 메타데이터 서비스가 아닙니다</translation>
    </message>
    <message>
        <source>partition &quot;%1&quot;: this is EC2</source>
        <translation>파티션 &quot;%1&quot;: EC2입니다</translation>
    </message>
    <message>
        <source>an HTML page (captive portal or proxy?), not a partition</source>
        <translation>HTML 페이지(캡티브 포털이나 프록시?)이며 파티션이 아닙니다</translation>
    </message>
    <message>
        <source>partition &quot;%1&quot; does not start with &quot;aws&quot;: an EC2 look-alike (OpenStack?), not EC2</source>
        <translation>파티션 &quot;%1&quot;이(가) &quot;aws&quot;로 시작하지 않습니다: EC2를 닮은 다른 것(OpenStack?)이며 EC2가 아닙니다</translation>
    </message>
    <message>
        <source>The /sys UUID files could not be read by this user, so EC2 was confirmed by the metadata service alone. mackerel-agent runs as root and reads them first: run the inspector as root to see its exact decision.</source>
        <translation>이 사용자는 /sys의 UUID 파일을 읽을 수 없어 EC2를 메타데이터 서비스만으로 확인했습니다. mackerel-agent는 root로 실행되며 이 파일들을 먼저 읽습니다: 정확한 판단을 보려면 인스펙터를 root로 실행하세요.</translation>
    </message>
    <message>
        <source>An EC2 metadata request failed without an answer, so mackerel-agent would send no cloud metadata for this host.</source>
        <translation>EC2 메타데이터 요청이 응답 없이 실패해 mackerel-agent는 이 호스트의 클라우드 메타데이터를 보내지 않습니다.</translation>
    </message>
    <message>
        <source>instance-id: status %1</source>
        <translation>instance-id: 상태 %1</translation>
    </message>
    <message>
        <source>empty instance id: the agent reports &quot;invalid instance id&quot;</source>
        <translation>인스턴스 ID가 비어 있습니다: 에이전트는 &quot;invalid instance id&quot;를 보고합니다</translation>
    </message>
    <message>
        <source>instance id &quot;%1&quot;</source>
        <translation>인스턴스 ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The instance id could not be read, so mackerel-agent would send no customIdentifier and could not match the host registered by the AWS integration.</source>
        <translation>인스턴스 ID를 읽지 못해 mackerel-agent는 customIdentifier를 보내지 않으며, AWS 인테그레이션이 등록한 호스트와 대조할 수 없습니다.</translation>
    </message>
    <message>
        <source>IMDS answered &quot;%1&quot; as the instance id. That is no EC2 identity (%2), but mackerel-agent would send it as its customIdentifier.</source>
        <translation>IMDS가 인스턴스 ID로 &quot;%1&quot;을(를) 돌려주었습니다. EC2 ID가 아니지만(%2) mackerel-agent는 이를 customIdentifier로 보냅니다.</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML 페이지</translation>
    </message>
    <message>
        <source>not a plain id</source>
        <translation>단순한 ID가 아님</translation>
    </message>
    <message>
        <source>The instance id &quot;%1&quot; does not look like an EC2 instance id (i- and 8 or 17 hex digits); the AWS integration would not have registered a host with it.</source>
        <translation>인스턴스 ID &quot;%1&quot;은(는) EC2 인스턴스 ID(i-와 16진수 8자리 또는 17자리)로 보이지 않습니다. AWS 인테그레이션이 이것으로 호스트를 등록했을 리 없습니다.</translation>
    </message>
</context>
<context>
    <name>Ec2Uuid</name>
    <message>
        <source>not present; the agent skips it</source>
        <translation>없습니다. 에이전트는 건너뜁니다</translation>
    </message>
    <message>
        <source>cannot be read by this user (%1); mackerel-agent runs as root and reads it</source>
        <translation>이 사용자는 읽을 수 없습니다 (%1). mackerel-agent는 root로 실행되어 읽습니다</translation>
    </message>
    <message>
        <source>%1 looks like an EC2 UUID; the agent goes on to ask IMDS</source>
        <translation>%1은(는) EC2 UUID로 보입니다. 에이전트는 이어서 IMDS에 묻습니다</translation>
    </message>
    <message>
        <source>%1 is not an EC2 UUID</source>
        <translation>%1은(는) EC2 UUID가 아닙니다</translation>
    </message>
</context>
<context>
    <name>FilesystemSpec</name>
    <message>
        <source>filesystem: the agent cannot parse the df line [%1] and skips it</source>
        <translation>filesystem: 에이전트는 df 줄 [%1]을(를) 해석하지 못하고 건너뜁니다</translation>
    </message>
    <message>
        <source>filesystem left out: %1 (nor /proc/mounts)</source>
        <translation>filesystem 생략: %1 (/proc/mounts도)</translation>
    </message>
    <message>
        <source>stat(2) and statvfs(2) of each mount point, as `df -Pkl` does</source>
        <translation>각 마운트 지점의 stat(2)와 statvfs(2) (`df -Pkl`과 같음)</translation>
    </message>
    <message>
        <source>filesystem: this user may not measure %1; the agent, running as root, would list them</source>
        <translation>filesystem: 이 사용자는 %1을(를) 측정하지 못할 수 있습니다. root로 실행되는 에이전트라면 목록에 넣습니다</translation>
    </message>
    <message>
        <source>filesystem left out, as the agent leaves it out when df fails: %1</source>
        <translation>filesystem 생략 (df가 실패했을 때의 에이전트와 마찬가지로): %1</translation>
    </message>
</context>
<context>
    <name>FirmwareClouds</name>
    <message>
        <source>Azure integration</source>
        <translation>Azure 인테그레이션</translation>
    </message>
    <message>
        <source>AWS integration</source>
        <translation>AWS 인테그레이션</translation>
    </message>
    <message>
        <source>Google Cloud integration</source>
        <translation>Google Cloud 인테그레이션</translation>
    </message>
</context>
<context>
    <name>FirmwareCrossCheck</name>
    <message>
        <source>cloud_platform in mackerel-agent.conf is &quot;%1&quot;, so the agent does not look for %2</source>
        <translation>mackerel-agent.conf의 cloud_platform이 &quot;%1&quot;이므로 에이전트는 %2을(를) 찾지 않습니다</translation>
    </message>
    <message>
        <source>remove cloud_platform from mackerel-agent.conf, or set it to &quot;%1&quot;</source>
        <translation>mackerel-agent.conf에서 cloud_platform을 지우거나 &quot;%1&quot;(으)로 설정</translation>
    </message>
    <message>
        <source>&lt;instance id&gt;</source>
        <translation>&lt;인스턴스 ID&gt;</translation>
    </message>
    <message>
        <source>the agent&apos;s UUID pre-check found no EC2 UUID in /sys/hypervisor/uuid or /sys/devices/virtual/dmi/id/product_uuid, so it never asks %1</source>
        <translation>에이전트의 UUID 사전 검사가 /sys/hypervisor/uuid와 /sys/devices/virtual/dmi/id/product_uuid에서 EC2 UUID를 찾지 못해 %1에 묻지 않습니다</translation>
    </message>
    <message>
        <source>let the agent read product_uuid (it runs as root; a container needs /sys/devices/virtual/dmi/id)</source>
        <translation>에이전트가 product_uuid를 읽게 함 (root로 실행됩니다. 컨테이너에는 /sys/devices/virtual/dmi/id가 필요합니다)</translation>
    </message>
    <message>
        <source>another cloud&apos;s metadata service answered first (%1)</source>
        <translation>다른 클라우드의 메타데이터 서비스가 먼저 응답했습니다 (%1)</translation>
    </message>
    <message>
        <source>find what answers as %1 on this network</source>
        <translation>이 네트워크에서 %1(으)로 응답하는 것을 찾기</translation>
    </message>
    <message>
        <source>%1 was answered with a redirect or a page no metadata service sends: a proxy (http_proxy) or captive portal is in the way</source>
        <translation>%1에 대한 요청에 메타데이터 서비스가 보내지 않는 리디렉션이나 페이지가 돌아왔습니다: 프록시(http_proxy)나 캡티브 포털이 중간에 있습니다</translation>
    </message>
    <message>
        <source>exempt the metadata address from the proxy (no_proxy=169.254.169.254,metadata.google.internal) or remove the interception</source>
        <translation>메타데이터 주소를 프록시 대상에서 제외하거나(no_proxy=169.254.169.254,metadata.google.internal) 가로채기를 없애기</translation>
    </message>
    <message>
        <source>IMDS answered 401 to requests without a token: it requires IMDSv2 and no token reached the agent, as with a PUT response hop limit of 1 seen from a container</source>
        <translation>IMDS가 토큰 없는 요청에 401로 응답했습니다: IMDSv2가 필수인데 토큰이 에이전트에 닿지 않았습니다 (컨테이너에서 본 PUT 응답 홉 제한이 1인 경우 등)</translation>
    </message>
    <message>
        <source>raise the hop limit (aws ec2 modify-instance-metadata-options --instance-id %1 --http-put-response-hop-limit 2) or run the agent in the host&apos;s network</source>
        <translation>홉 제한을 올리거나(aws ec2 modify-instance-metadata-options --instance-id %1 --http-put-response-hop-limit 2) 에이전트를 호스트 네트워크에서 실행</translation>
    </message>
    <message>
        <source>%1 could not be reached by name: a DNS failure (custom DNS that does not resolve metadata.google.internal) or no route</source>
        <translation>%1에 이름으로 도달할 수 없었습니다: DNS 실패(metadata.google.internal을 해석하지 못하는 자체 DNS)이거나 경로가 없습니다</translation>
    </message>
    <message>
        <source>resolve it (add &quot;169.254.169.254 metadata.google.internal&quot; to /etc/hosts, or use the cloud&apos;s resolver) and give the host a route to 169.254.169.254</source>
        <translation>이름을 해석할 수 있게 하고(&quot;169.254.169.254 metadata.google.internal&quot;을 /etc/hosts에 추가하거나 클라우드의 리졸버 사용) 호스트에 169.254.169.254로 가는 경로를 주기</translation>
    </message>
    <message>
        <source>%1 refused the connection: a host firewall, or a network namespace without the metadata route</source>
        <translation>%1이(가) 연결을 거부했습니다: 호스트 방화벽이거나 메타데이터 경로가 없는 네트워크 네임스페이스입니다</translation>
    </message>
    <message>
        <source>allow the agent to reach 169.254.169.254:80 (firewall rule, or the host&apos;s network)</source>
        <translation>에이전트가 169.254.169.254:80에 닿게 하기 (방화벽 규칙 또는 호스트 네트워크)</translation>
    </message>
    <message>
        <source>%1 did not answer in time: packets dropped by a firewall, or the answer lost on the way (a hop limit from a container)</source>
        <translation>%1이(가) 제시간에 응답하지 않았습니다: 방화벽이 패킷을 버렸거나 응답이 도중에 사라졌습니다 (컨테이너의 홉 제한)</translation>
    </message>
    <message>
        <source>allow the agent to reach 169.254.169.254:80 and check the hop limit</source>
        <translation>에이전트가 169.254.169.254:80에 닿게 하고 홉 제한을 확인하기</translation>
    </message>
    <message>
        <source>%1 answered, but not as %2 does (see the evidence)</source>
        <translation>%1이(가) 응답했지만 %2의 응답과 다릅니다 (근거 참조)</translation>
    </message>
    <message>
        <source>find what answers at the metadata address</source>
        <translation>메타데이터 주소에서 응답하는 것을 찾기</translation>
    </message>
    <message>
        <source>the requests to %1 failed (see the evidence)</source>
        <translation>%1에 대한 요청이 실패했습니다 (근거 참조)</translation>
    </message>
    <message>
        <source>allow the agent to reach 169.254.169.254:80</source>
        <translation>에이전트가 169.254.169.254:80에 닿게 하기</translation>
    </message>
    <message>
        <source>the evidence does not show why</source>
        <translation>근거로는 이유를 알 수 없습니다</translation>
    </message>
    <message>
        <source>run the inspector as root to see the agent&apos;s exact requests</source>
        <translation>에이전트의 정확한 요청을 보려면 인스펙터를 root로 실행하기</translation>
    </message>
    <message>
        <source>It will send no customIdentifier</source>
        <translation>customIdentifier를 보내지 않습니다</translation>
    </message>
    <message>
        <source>It will send %1 as %2</source>
        <translation>%1을(를) %2(으)로 보냅니다</translation>
    </message>
    <message>
        <source>mackerel-agent will not confirm it</source>
        <translation>mackerel-agent는 이를 확인하지 않습니다</translation>
    </message>
    <message>
        <source>mackerel-agent will take it for %1</source>
        <translation>mackerel-agent는 이를 %1(으)로 여깁니다</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>이 인스턴스</translation>
    </message>
    <message>
        <source>This is %1 by its firmware (%2), but %3. %4, and the %5&apos;s host for %6 will not be matched: a second host.</source>
        <translation>펌웨어로 보면 이것은 %1입니다(%2). 하지만 %3. %4. %5이(가) 등록한 %6의 호스트와 대조되지 않아 두 번째 호스트가 생깁니다.</translation>
    </message>
    <message>
        <source> The customIdentifier it should send is %1.</source>
        <translation> 보내야 할 customIdentifier는 %1입니다.</translation>
    </message>
    <message>
        <source> Likely cause: %1. What to do: %2.</source>
        <translation> 예상 원인: %1. 대처: %2.</translation>
    </message>
    <message>
        <source>This is %1 by its firmware (%2): mackerel-agent sends no customIdentifier there and Mackerel has no integration for %1, so the agent creates a new host and there is nothing to match.</source>
        <translation>펌웨어로 보면 이것은 %1입니다(%2): mackerel-agent는 여기서 customIdentifier를 보내지 않고 Mackerel에는 %1 인테그레이션이 없으므로, 에이전트는 새 호스트를 만들며 대조할 것이 없습니다.</translation>
    </message>
    <message>
        <source>cloud_platform in mackerel-agent.conf says %1</source>
        <translation>mackerel-agent.conf의 cloud_platform은 %1입니다</translation>
    </message>
    <message>
        <source>mackerel-agent confirms %1 through its metadata service</source>
        <translation>mackerel-agent는 메타데이터 서비스로 %1을(를) 확인합니다</translation>
    </message>
    <message>
        <source>%1, but the firmware says %2 (%3).</source>
        <translation>%1. 하지만 펌웨어는 %2이라고 합니다 (%3).</translation>
    </message>
    <message>
        <source> A %1-compatible metadata service answered as the real one does.</source>
        <translation> %1 호환 메타데이터 서비스가 진짜와 똑같이 응답했습니다.</translation>
    </message>
    <message>
        <source> Check which cloud this is before trusting the agent&apos;s cloud metadata.</source>
        <translation> 에이전트의 클라우드 메타데이터를 믿기 전에 어떤 클라우드인지 확인하세요.</translation>
    </message>
    <message>
        <source> The customIdentifier the agent sends (%1) names no %2 instance that Mackerel&apos;s integration knows: check which cloud this is before trusting it.</source>
        <translation> 에이전트가 보내는 customIdentifier(%1)는 Mackerel 인테그레이션이 아는 %2 인스턴스를 가리키지 않습니다: 믿기 전에 어떤 클라우드인지 확인하세요.</translation>
    </message>
</context>
<context>
    <name>FirmwareIdentifierCheck</name>
    <message>
        <source>Could not ask Mackerel whether a host carries %1: %2</source>
        <translation>%1을(를) 가진 호스트가 있는지 Mackerel에 물을 수 없었습니다: %2</translation>
    </message>
    <message>
        <source>No host on Mackerel carries %1 yet: the %2 has not registered this instance, but the agent&apos;s host will not take that identifier either.</source>
        <translation>%1을(를) 가진 호스트가 아직 Mackerel에 없습니다: %2이(가) 이 인스턴스를 등록하지 않았지만, 에이전트의 호스트도 이 식별자를 갖지 않습니다.</translation>
    </message>
    <message>
        <source>Mackerel already holds host %1 &quot;%2&quot; (%3, %4) under %5. The agent, sending no such identifier, will not be matched to it and creates a second host next to it.</source>
        <translation>Mackerel에는 이미 %5을(를) 가진 호스트 %1 &quot;%2&quot;(%3, %4)이(가) 있습니다. 이 식별자를 보내지 않는 에이전트는 그 호스트와 대조되지 않고 옆에 두 번째 호스트를 만듭니다.</translation>
    </message>
</context>
<context>
    <name>FleetApplier</name>
    <message>
        <source>the journal is not one of this version&apos;s</source>
        <translation>저널이 이 버전의 것이 아닙니다</translation>
    </message>
    <message>
        <source>the journal names an unknown step</source>
        <translation>저널에 알 수 없는 단계가 있습니다</translation>
    </message>
    <message>
        <source>done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>저널 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the journal %1 belongs to another plan: apply that plan, or move the journal aside to start this one</source>
        <translation>저널 %1은(는) 다른 계획의 것입니다. 그 계획을 적용하거나, 이 계획을 시작하려면 저널을 옮겨 두십시오</translation>
    </message>
    <message>
        <source>done in an earlier apply</source>
        <translation>이전 apply에서 완료</translation>
    </message>
    <message>
        <source>cannot read host %1 again: %2</source>
        <translation>호스트 %1을(를) 다시 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>host %1 changed since the plan (now &quot;%2&quot;, %3%4%5): plan again</source>
        <translation>호스트 %1이(가) 계획 이후 바뀌었습니다(현재 &quot;%2&quot;, %3%4%5). 다시 계획하십시오</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>starting ansible-playbook</source>
        <translation>ansible-playbook을 시작합니다</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>취소했습니다</translation>
    </message>
    <message>
        <source>ansible-playbook did not start: %1</source>
        <translation>ansible-playbook을 시작하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>ansible could not reach %1</source>
        <translation>ansible이 %1에 접속하지 못했습니다</translation>
    </message>
    <message>
        <source>the steps on %1 failed (ansible-playbook exit %2; its output says why)</source>
        <translation>%1에서의 단계가 실패했습니다(ansible-playbook 종료 코드 %2, 이유는 그 출력에 있습니다)</translation>
    </message>
    <message>
        <source>every step done</source>
        <translation>모든 단계 완료</translation>
    </message>
    <message>
        <source>after the restart the agent wrote no id file</source>
        <translation>재시작 후 에이전트가 id 파일을 쓰지 않았습니다</translation>
    </message>
    <message>
        <source>after the restart the id file names host %1, not %2</source>
        <translation>재시작 후 id 파일이 가리키는 것은 %2이(가) 아니라 호스트 %1입니다</translation>
    </message>
    <message>
        <source>reading host %1</source>
        <translation>호스트 %1을(를) 읽는 중</translation>
    </message>
    <message>
        <source>host %1 is retired</source>
        <translation>호스트 %1은(는) 퇴역했습니다</translation>
    </message>
    <message>
        <source>host %1 does not carry the customIdentifier %2</source>
        <translation>호스트 %1에 customIdentifier %2이(가) 없습니다</translation>
    </message>
    <message>
        <source>host %1 does not show the agent yet (no meta agent-version)</source>
        <translation>호스트 %1에 아직 에이전트가 보이지 않습니다(meta agent-version 없음)</translation>
    </message>
    <message>
        <source>the check after the steps does not hold: %1</source>
        <translation>단계 후 확인이 성립하지 않습니다: %1</translation>
    </message>
    <message>
        <source>the host receives no %1 from the agent yet</source>
        <translation>이 호스트는 아직 에이전트로부터 %1을(를) 받지 못했습니다</translation>
    </message>
    <message>
        <source>cannot read host %1: %2</source>
        <translation>호스트 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>host %1 changed since the plan: not retired; plan again</source>
        <translation>호스트 %1이(가) 계획 이후 바뀌었습니다. 퇴역시키지 않았습니다. 다시 계획하십시오</translation>
    </message>
    <message>
        <source>cannot write the journal: not retired</source>
        <translation>저널을 쓸 수 없습니다. 퇴역시키지 않았습니다</translation>
    </message>
    <message>
        <source>retiring host %1</source>
        <translation>호스트 %1을(를) 퇴역시키는 중</translation>
    </message>
    <message>
        <source>retiring host %1 failed: %2</source>
        <translation>호스트 %1의 퇴역에 실패했습니다: %2</translation>
    </message>
    <message>
        <source>auditing the organization again</source>
        <translation>오거니제이션을 다시 감사하는 중</translation>
    </message>
    <message>
        <source>the audit after apply failed: %1</source>
        <translation>apply 후 감사에 실패했습니다: %1</translation>
    </message>
</context>
<context>
    <name>FleetApplyCommand</name>
    <message>
        <source>Plan</source>
        <translation>계획</translation>
    </message>
    <message>
        <source>%1 machines, %2 with automatic steps, made %3</source>
        <translation>머신 %1대, 그중 자동 단계가 있는 것 %2대, 작성 %3</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>퇴역</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>호스트 없음</translation>
    </message>
    <message>
        <source>(blocked)</source>
        <translation>(차단)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>읽음</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>복구할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Run again with --yes to apply.</source>
        <translation>드라이 런: 아무것도 바꾸지 않았습니다. 적용하려면 --yes를 붙여 다시 실행하십시오.</translation>
    </message>
    <message>
        <source>Nothing to do: every automatic step of this plan is done.</source>
        <translation>할 일이 없습니다: 이 계획의 자동 단계는 모두 완료되었습니다.</translation>
    </message>
    <message>
        <source>done:</source>
        <translation>완료:</translation>
    </message>
    <message>
        <source>would do:</source>
        <translation>실행 예정:</translation>
    </message>
    <message>
        <source>left:</source>
        <translation>남음:</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>퇴역시킨 호스트: %1</translation>
    </message>
    <message>
        <source>The Ansible inventory of the machines (required).</source>
        <translation>머신의 Ansible 인벤토리(필수).</translation>
    </message>
    <message>
        <source>Carry the plan out; without it, apply is a dry run.</source>
        <translation>계획을 실행합니다. 지정하지 않으면 apply는 드라이 런입니다.</translation>
    </message>
    <message>
        <source>The repair playbook (default: the installed repair.yml).</source>
        <translation>복구용 플레이북(기본값: 설치된 repair.yml).</translation>
    </message>
    <message>
        <source>The ansible-playbook to run (default: found in PATH).</source>
        <translation>실행할 ansible-playbook(기본값: PATH에서 찾음).</translation>
    </message>
    <message>
        <source>Seconds between a check&apos;s reads of the host, six reads at most (default: 10).</source>
        <translation>확인에서 호스트를 읽는 간격(초). 최대 6회 읽습니다(기본값: 10).</translation>
    </message>
    <message>
        <source>Carry out a plan of &apos;fleet --plan&apos;: fleet apply PLAN --inventory INVENTORY [--yes]. Re-reads every host the plan names, stops a machine whose hosts changed, keeps a journal next to the plan, and audits again. Exit 0: all done; 4: some machine stopped; 5: nothing to do.</source>
        <translation>&apos;fleet --plan&apos;의 계획을 실행합니다: fleet apply PLAN --inventory INVENTORY [--yes]. 계획이 지정한 호스트를 모두 다시 읽고, 호스트가 바뀐 머신은 멈추며, 계획 옆에 저널을 남기고, 마지막에 다시 감사합니다. 종료 코드 0: 모두 완료, 4: 멈춘 머신이 있음, 5: 할 일이 없음.</translation>
    </message>
    <message>
        <source>give the plan: fleet apply PLAN --inventory INVENTORY</source>
        <translation>계획을 지정하십시오: fleet apply PLAN --inventory INVENTORY</translation>
    </message>
    <message>
        <source>--inventory is required</source>
        <translation>--inventory가 필요합니다</translation>
    </message>
    <message>
        <source>--verify-wait takes seconds from 0 to 3600</source>
        <translation>--verify-wait에는 0에서 3600까지의 초를 지정합니다</translation>
    </message>
    <message>
        <source>repair.yml not found: give --playbook</source>
        <translation>repair.yml을 찾을 수 없습니다: --playbook을 지정하십시오</translation>
    </message>
    <message>
        <source>cannot read the plan %1: %2</source>
        <translation>계획 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan: %2</source>
        <translation>%1은(는) 계획이 아닙니다: %2</translation>
    </message>
</context>
<context>
    <name>FleetAuditor</name>
    <message>
        <source>no Mackerel API client</source>
        <translation>Mackerel API 클라이언트가 없습니다</translation>
    </message>
    <message>
        <source>%1 id-file hosts or identifiers beyond the first %2 were not looked up (%3): the verdicts of their machines are unknown.</source>
        <translation>처음 %2개를 넘는 ID 파일 호스트나 식별자 %1개는 조회하지 않았습니다 (%3): 해당 머신의 판정은 알 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source> (joined by %1)</source>
        <translation> (%1(으)로 결합)</translation>
    </message>
    <message>
        <source>id file %1</source>
        <translation>ID 파일 %1</translation>
    </message>
    <message>
        <source>id file not reported</source>
        <translation>ID 파일 보고 없음</translation>
    </message>
    <message>
        <source>no customIdentifier</source>
        <translation>customIdentifier 없음</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>결합</translation>
    </message>
    <message>
        <source>support</source>
        <translation>보강</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>오거니제이션</translation>
    </message>
    <message>
        <source>%1 live hosts listed, %2 reports read, %3 machines</source>
        <translation>활성 호스트 %1대 조회, 리포트 %2건 읽음, 머신 %3대</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>To look at, worst first</source>
        <translation>확인할 것 (심각한 순)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>report</source>
        <translation>리포트</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>대처</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>할 일 없음</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>호스트 없음</translation>
    </message>
    <message>
        <source>  (report %1)</source>
        <translation>  (리포트 %1)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>No hosts and no reports: nothing to join.</source>
        <translation>호스트도 리포트도 없습니다: 결합할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Demo: a simulated organization at %1, its machines&apos; reports in %2</source>
        <translation>데모: 시뮬레이션된 오거니제이션 (%1), 머신의 리포트는 %2</translation>
    </message>
    <message>
        <source>No reports given (--reports): the verdicts come from the hosts alone. Run contrib/ansible/inspect.yml to fetch reports from the machines.</source>
        <translation>리포트가 지정되지 않았습니다 (--reports): 판정은 호스트만으로 냅니다. 머신에서 리포트를 모으려면 contrib/ansible/inspect.yml을 실행하세요.</translation>
    </message>
    <message>
        <source>cannot read the organization: %1</source>
        <translation>오거니제이션을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>A report of &apos;inspect --json&apos;, or a folder of them (the playbook&apos;s reports_dir). Repeat for more.</source>
        <translation>&apos;inspect --json&apos; 리포트 또는 그것을 모은 폴더 (playbook의 reports_dir). 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>List only the hosts of service S (on the server).</source>
        <translation>서비스 S의 호스트만 나열합니다 (서버 쪽에서 필터링).</translation>
    </message>
    <message>
        <source>With --service: only the hosts of role R. Repeat for more.</source>
        <translation>--service와 함께: 롤 R의 호스트만. 여러 번 지정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Print one JSON object (documented in README.md).</source>
        <translation>JSON 객체 하나를 출력합니다 (README.md에 설명).</translation>
    </message>
    <message>
        <source>Print CSV: a header, then one line a machine.</source>
        <translation>CSV를 출력합니다: 헤더 다음에 머신마다 한 줄.</translation>
    </message>
    <message>
        <source>Audit the built-in simulated organization with the reports the demo generates (&apos;--demo&apos; alone, or &apos;--demo org&apos;).</source>
        <translation>내장된 시뮬레이션 오거니제이션을 데모가 만드는 리포트로 감사합니다 (&apos;--demo&apos;만, 또는 &apos;--demo org&apos;).</translation>
    </message>
    <message>
        <source>Join the organization&apos;s Mackerel hosts with reports from many machines (fetched with contrib/ansible/inspect.yml): duplicates, refusals and hosts to come, one verdict a machine. Changes nothing on Mackerel.</source>
        <translation>오거니제이션의 Mackerel 호스트를 여러 머신의 리포트(contrib/ansible/inspect.yml로 수집)와 결합합니다: 중복, 시작 거부, 앞으로 생길 호스트를 머신마다 하나의 판정으로 보여 줍니다. Mackerel에서는 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>--role goes with --service</source>
        <translation>--role은 --service와 함께 씁니다</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json과 --csv는 함께 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>fleet&apos;s --demo is the simulated organization: &apos;--demo&apos; or &apos;--demo org&apos;, not &apos;%1&apos;</source>
        <translation>fleet의 --demo는 시뮬레이션된 오거니제이션입니다: &apos;--demo&apos; 또는 &apos;--demo org&apos;이며 &apos;%1&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Write the repair plan to FILE (JSON, documented in README.md) and print it; carry it out with &apos;fleet apply FILE&apos;.</source>
        <translation>복구 계획을 FILE에 쓰고(JSON, README.md에 기재) 출력합니다. &apos;fleet apply FILE&apos;로 실행합니다.</translation>
    </message>
    <message>
        <source>--plan prints the plan: as text, or with --json as JSON, not as CSV</source>
        <translation>--plan은 계획을 출력합니다: 텍스트로, 또는 --json이면 JSON으로. CSV로는 안 됩니다</translation>
    </message>
</context>
<context>
    <name>FleetDemo</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>임시 디렉터리를 만들 수 없습니다: %1</translation>
    </message>
    <message>
        <source>cannot start the simulated Mackerel API on 127.0.0.1</source>
        <translation>127.0.0.1에서 Mackerel API 시뮬레이터를 시작할 수 없습니다</translation>
    </message>
</context>
<context>
    <name>FleetJoin</name>
    <message>
        <source>The MAC address %1 is carried by %2 hosts and reports, so it names no single machine (a virtual or cloned address): it joined nothing.</source>
        <translation>MAC 주소 %1은(는) 호스트와 리포트 %2개가 가지고 있어 단일 머신을 가리키지 않습니다 (가상 또는 복제된 주소): 아무것도 결합하지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 and %2 share the %3 %4 but are kept apart: %5.</source>
        <translation>%1와(과) %2은(는) %3 %4을(를) 공유하지만 따로 둡니다: %5.</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>인스턴스</translation>
    </message>
    <message>
        <source>each sent its own report (two inventory names of one host, machines on one host, or cloned MAC addresses?)</source>
        <translation>각자 자기 리포트를 보냈습니다 (한 호스트의 인벤토리 이름 두 개, 한 호스트 위의 여러 머신, 또는 복제된 MAC 주소?)</translation>
    </message>
    <message>
        <source>they carry different customIdentifiers</source>
        <translation>가진 customIdentifier가 다릅니다</translation>
    </message>
    <message>
        <source>they are joined into one machine</source>
        <translation>한 머신으로 결합합니다</translation>
    </message>
    <message>
        <source>both carry the customIdentifier %1: one machine under two inventory names?</source>
        <translation>둘 다 customIdentifier %1을(를) 가집니다: 한 머신에 인벤토리 이름이 두 개?</translation>
    </message>
    <message>
        <source>both id files name host %1: an id file copied with a disk image? The agents of both machines would report as that one host; delete the copy&apos;s id file</source>
        <translation>두 ID 파일 모두 호스트 %1을(를) 가리킵니다: 디스크 이미지와 함께 복사된 ID 파일? 두 머신의 에이전트가 그 한 호스트로 보고합니다. 복사본 쪽의 ID 파일을 지우세요</translation>
    </message>
    <message>
        <source>%1 is left out: it describes the same machine as %2 (%3)</source>
        <translation>%1은(는) 제외합니다: %2와(과) 같은 머신을 나타냅니다 (%3)</translation>
    </message>
    <message>
        <source>host %1 is not in the listing and was not looked up</source>
        <translation>호스트 %1은(는) 목록에 없고 조회하지도 않았습니다</translation>
    </message>
    <message>
        <source>Its agent keeps reporting there; sackerel and the integrations find it again by its customIdentifier or MAC address.</source>
        <translation>그 에이전트가 계속 보고합니다. sackerel과 인테그레이션은 customIdentifier나 MAC 주소로 다시 찾아냅니다.</translation>
    </message>
    <message>
        <source>%1 live hosts are this one machine (billed %1 times, alerts split). Keep %2. %3 Retire %4 (mkr retire, or the host&apos;s page).</source>
        <translation>활성 호스트 %1대가 이 한 머신입니다 (%1대분 과금, 알림도 분산). %2을(를) 남기세요. %3 %4을(를) 퇴역시키세요 (mkr retire 또는 호스트 페이지에서).</translation>
    </message>
    <message>
        <source>the instance %1</source>
        <translation>인스턴스 %1</translation>
    </message>
    <message>
        <source>Host %1 runs mackerel-agent on a cloud VM but carries no customIdentifier, so the cloud integration cannot find it and will register a second host for %2. %3</source>
        <translation>호스트 %1은(는) 클라우드 VM에서 mackerel-agent를 실행하지만 customIdentifier가 없어, 클라우드 인테그레이션이 찾지 못하고 %2에 두 번째 호스트를 등록합니다. %3</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>이 인스턴스</translation>
    </message>
    <message>
        <source>The report shows that the agent now detects %1: restart (or upgrade) mackerel-agent there so that its next update sets it.</source>
        <translation>리포트를 보면 에이전트는 이제 %1을(를) 검출합니다: 다음 업데이트에서 설정되도록 그곳의 mackerel-agent를 다시 시작(또는 업그레이드)하세요.</translation>
    </message>
    <message>
        <source>Run &apos;mackerel-inspector detect&apos; on the machine to see why the agent does not confirm its cloud (IMDS blocked, a proxy, DNS), fix that, and restart the agent.</source>
        <translation>머신에서 &apos;mackerel-inspector detect&apos;를 실행해 에이전트가 클라우드를 확인하지 못하는 이유(IMDS 차단, 프록시, DNS)를 찾아 고친 뒤 에이전트를 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Installing mackerel-agent on %1 is safe: it will adopt host %2, registered by the integration, by its customIdentifier %3. Nothing to do.</source>
        <translation>%1에 mackerel-agent를 설치해도 안전합니다: 인테그레이션이 등록한 호스트 %2을(를) customIdentifier %3(으)로 이어받습니다. 할 일 없음.</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 will register a new host%2. Nothing else carries this machine&apos;s identity, so no duplicate follows.</source>
        <translation>%1의 mackerel-agent는 새 호스트를 등록합니다%2. 이 머신의 ID를 가진 것이 달리 없으므로 중복은 생기지 않습니다.</translation>
    </message>
    <message>
        <source>Host %1 was registered by an integration and has no agent, and no report came from its machine. Run the playbook on it to see what its agent would do; nothing to do if no agent is planned.</source>
        <translation>호스트 %1은(는) 인테그레이션이 등록한 것으로 에이전트가 없고 그 머신의 리포트도 없습니다. 에이전트가 어떻게 할지 보려면 그 머신에서 playbook을 실행하세요. 에이전트 설치 계획이 없다면 할 일 없음.</translation>
    </message>
    <message>
        <source>Nothing to do: the agent on %1 keeps using host %2.</source>
        <translation>할 일 없음: %1의 에이전트는 호스트 %2을(를) 계속 씁니다.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>할 일 없음.</translation>
    </message>
    <message>
        <source>Could not tell what the agent on %1 would do: %2</source>
        <translation>%1의 에이전트가 어떻게 할지 판단할 수 없었습니다: %2</translation>
    </message>
    <message>
        <source>%1 carry the customIdentifier %2</source>
        <translation>%1은(는) customIdentifier %2을(를) 가집니다</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 및 </translation>
    </message>
    <message>
        <source>the id file of %1 names host %2</source>
        <translation>%1의 ID 파일은 호스트 %2을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>%1 name the same cloud instance %2</source>
        <translation>%1은(는) 같은 클라우드 인스턴스 %2을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>%1 have the MAC address %2</source>
        <translation>%1은(는) MAC 주소 %2을(를) 가집니다</translation>
    </message>
    <message>
        <source>%1 also share the %2 %3 (this supports the join; alone it would not make one)</source>
        <translation>%1은(는) %2 %3도 공유합니다 (결합을 뒷받침하지만 이것만으로는 결합하지 않습니다)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>주소</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>The id files of %1 all name host %2: copied between machines (with a disk image?). Only the machine whose customIdentifier that host carries may keep it.</source>
        <translation>%1의 ID 파일이 모두 호스트 %2을(를) 가리킵니다: 머신 사이에 복사되었습니다 (디스크 이미지와 함께?). 그 호스트를 계속 가질 수 있는 것은 호스트가 가진 customIdentifier의 머신뿐입니다.</translation>
    </message>
    <message>
        <source>%1: what the agent would do is unknown: %2</source>
        <translation>%1: 에이전트가 어떻게 할지 알 수 없습니다: %2</translation>
    </message>
    <message>
        <source>the id file names host %1, which is retired</source>
        <translation>ID 파일이 가리키는 호스트 %1은(는) 퇴역했습니다</translation>
    </message>
    <message>
        <source>the id file names host %1 &quot;%2&quot;, which carries the customIdentifier %3 of another machine</source>
        <translation>ID 파일이 가리키는 호스트 %1 &quot;%2&quot;은(는) 다른 머신의 customIdentifier %3을(를) 가집니다</translation>
    </message>
    <message>
        <source>the id file names host %1, which the organization does not have</source>
        <translation>ID 파일이 가리키는 호스트 %1은(는) 이 오거니제이션에 없습니다</translation>
    </message>
    <message>
        <source>The host listing is narrowed by --service/--role: hosts outside it are not listed, so a duplicate outside it is not seen. The reports&apos; identifiers and id files were looked up one by one.</source>
        <translation>호스트 목록이 --service/--role로 좁혀져 있습니다: 그 밖의 호스트는 나열되지 않으므로 바깥의 중복은 보이지 않습니다. 리포트의 식별자와 ID 파일은 하나씩 조회했습니다.</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation> (%1(으)로)</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>호스트 %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>보고서 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more shared instance or MAC address(es) kept apart, not listed.</source>
        <translation>
            <numerusform>그 밖에 공유된 인스턴스 또는 MAC 주소로 분리된 채인 것이 %n건 있습니다(목록에는 싣지 않음).</numerusform>
        </translation>
    </message>
    <message>
        <source>The id file path in the report is not trustworthy (not an absolute, normalized path free of control characters), so it is not repeated here: %1 is the agent&apos;s default; check the machine&apos;s conf for another.</source>
        <translation>보고서의 id 파일 경로는 신뢰할 수 없으므로(제어 문자가 없는 정규화된 절대 경로가 아님) 여기에 표시하지 않습니다. %1은(는) 에이전트의 기본 경로입니다. 다른 경로는 머신의 conf에서 확인하세요.</translation>
    </message>
    <message numerus="yes">
        <source>and %n more shared address(es), not listed</source>
        <translation>
            <numerusform>그 밖에 공유 주소 %n건(목록에는 싣지 않음)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more shared host name(s), not listed</source>
        <translation>
            <numerusform>그 밖에 공유 호스트 이름 %n건(목록에는 싣지 않음)</numerusform>
        </translation>
    </message>
    <message>
        <source>No report came from this machine: the agent is taken to send what its host carries, with an id file naming that host; run the playbook on it to check.</source>
        <translation>이 머신에서 온 리포트가 없습니다: 에이전트가 호스트가 가진 값을 보내고 ID 파일이 그 호스트를 가리킨다고 가정했습니다. playbook을 실행해 확인하세요.</translation>
    </message>
    <message>
        <source>No change to the id file or to the identifier the agent sends makes the agent on %1 attach to or keep a host without a duplicate (each was checked by the agent&apos;s own decision): decide by hand which host is this machine.</source>
        <translation>ID 파일이나 에이전트가 보내는 식별자를 어떻게 바꿔도 %1의 에이전트가 중복 없이 호스트를 인수하거나 계속 사용하지 않습니다 (모두 에이전트 자신의 판정으로 확인했습니다): 어느 호스트가 이 머신인지 직접 정하세요.</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 refuses to start: its id file %2 names host %3, which carries the customIdentifier %4 while the agent sends %5 (the id file was copied with a disk image, or the agent&apos;s cloud detection failed there).</source>
        <translation>%1의 mackerel-agent는 시작을 거부합니다: ID 파일 %2가 호스트 %3을 가리키는데, 그 호스트의 customIdentifier는 %4이고 에이전트가 보내는 것은 %5입니다 (디스크 이미지와 함께 ID 파일이 복사되었거나, 그곳에서 에이전트의 클라우드 감지가 실패했습니다).</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 exits at start: its id file %2 names host %3, which this organization does not have (deleted, or another organization&apos;s).</source>
        <translation>%1의 mackerel-agent는 시작 시 종료됩니다: ID 파일 %2가 호스트 %3을 가리키지만 이 오거니제이션에는 없습니다 (삭제되었거나 다른 오거니제이션의 것).</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 is not monitoring it: its id file %2 names host %3, which is retired. The agent&apos;s code does not check for a retired host and reports to it; Mackerel&apos;s documentation says such an agent fails to start, in ways it does not describe. A retired host cannot be brought back.</source>
        <translation>%1의 mackerel-agent는 이 머신을 모니터링하지 않습니다: ID 파일 %2가 가리키는 호스트 %3은 퇴역했습니다. 에이전트 코드는 퇴역 여부를 확인하지 않고 그 호스트에 보고합니다. Mackerel 문서는 이런 에이전트가 시작에 실패한다고 하지만 어떻게 실패하는지는 설명하지 않습니다. 퇴역한 호스트는 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 exits at every start: a directory stands at its id file&apos;s path %2, so the agent finds or registers a host and then cannot save its id; where it registers, every start adds a host.</source>
        <translation>%1의 mackerel-agent는 시작할 때마다 종료됩니다: ID 파일 경로 %2에 디렉터리가 있어, 에이전트가 호스트를 찾거나 등록한 뒤 그 ID를 저장하지 못합니다. 등록하는 경우 시작할 때마다 호스트가 늘어납니다.</translation>
    </message>
    <message>
        <source>No change to the id file or to the identifier the agent sends was found that brings the agent to that host (each was checked by the agent&apos;s own decision): run the playbook on the machine and decide by hand.</source>
        <translation>ID 파일이나 에이전트가 보내는 식별자를 어떻게 바꿔도 에이전트를 그 호스트로 향하게 할 방법을 찾지 못했습니다 (모두 에이전트 자신의 판정으로 확인했습니다): 머신에서 playbook을 실행하고 직접 정하세요.</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 will register a new host next to %2, which is this same machine by its evidence: a duplicate. Before installing the agent:</source>
        <translation>%1의 mackerel-agent는 근거상 같은 머신인 %2와 별도로 새 호스트를 등록합니다: 중복입니다. 에이전트를 설치하기 전에:</translation>
    </message>
</context>
<context>
    <name>FleetPlan</name>
    <message>
        <source>No report from this machine, so the plan knows neither its inventory name nor its id file: run contrib/ansible/inspect.yml on it, then plan again. %1</source>
        <translation>이 머신의 보고서가 없어 계획은 인벤토리 이름도 id 파일도 알지 못합니다. contrib/ansible/inspect.yml을 실행한 뒤 다시 계획하십시오. %1</translation>
    </message>
    <message>
        <source>The report does not say where the id file is. %1</source>
        <translation>보고서에 id 파일의 위치가 없습니다. %1</translation>
    </message>
    <message>
        <source>The agent on %1 detects no cloud (platform %2), so restarting it cannot make it find the right host; no host is retired while the machine is not fixed. %3</source>
        <translation>%1의 에이전트는 클라우드를 감지하지 못하므로(platform %2) 재시작해도 올바른 호스트를 찾을 수 없습니다. 머신이 고쳐지기 전에는 호스트를 퇴역시키지 않습니다. %3</translation>
    </message>
    <message>
        <source>No live host carries the machine&apos;s customIdentifier %1 for the agent to attach to. %2</source>
        <translation>에이전트가 연결될, 머신의 customIdentifier %1을(를) 가진 활성 호스트가 없습니다. %2</translation>
    </message>
    <message>
        <source>%1 hosts besides %2: apply retires at most one host a machine; retire the others by hand, then plan again. %3</source>
        <translation>%2 외에 호스트가 %1대 있습니다. apply는 머신당 최대 한 대만 퇴역시킵니다. 나머지는 직접 퇴역시킨 뒤 다시 계획하십시오. %3</translation>
    </message>
    <message>
        <source>Host %1 was registered by %2, which registers it again by its own rules; retiring it rests on behaviour the API documents do not state. %3</source>
        <translation>호스트 %1은(는) %2이(가) 등록했으며, %2은(는) 자체 규칙에 따라 다시 등록합니다. 퇴역시키려면 API 문서에 적혀 있지 않은 동작에 기대야 합니다. %3</translation>
    </message>
    <message>
        <source>No automatic remedy: the host lacks the customIdentifier the agent sends only when it detects its cloud. %1</source>
        <translation>자동 조치가 없습니다. 이 호스트에는 에이전트가 클라우드를 감지할 때만 보내는 customIdentifier가 없습니다. %1</translation>
    </message>
    <message>
        <source>move the id file %1 aside (kept as %1.copied-&lt;time&gt;)</source>
        <translation>id 파일 %1을(를) 옮겨 둔다(%1.copied-&lt;시각&gt;으로 보관)</translation>
    </message>
    <message>
        <source>restart the agent (mackerel_agent_restart)</source>
        <translation>에이전트를 재시작한다(mackerel_agent_restart)</translation>
    </message>
    <message>
        <source>check that the id file names host %1, live, carrying %2</source>
        <translation>id 파일이 %2을(를) 가진 활성 호스트 %1을(를) 가리키는지 확인한다</translation>
    </message>
    <message>
        <source>check that the id file names a new live host</source>
        <translation>id 파일이 새 활성 호스트를 가리키는지 확인한다</translation>
    </message>
    <message>
        <source>check that the id file names a new live host carrying %1</source>
        <translation>id 파일이 %1을(를) 가진 새 활성 호스트를 가리키는지 확인한다</translation>
    </message>
    <message>
        <source>check that host %1 shows the agent (meta agent-version, metric loadavg5)</source>
        <translation>호스트 %1에 에이전트가 보이는지 확인한다(meta agent-version, 메트릭 loadavg5)</translation>
    </message>
    <message>
        <source>read host %1 again and, unchanged, retire it</source>
        <translation>호스트 %1을(를) 다시 읽고, 바뀌지 않았으면 퇴역시킨다</translation>
    </message>
    <message>
        <source>cannot write the plan %1: %2</source>
        <translation>계획 %1을(를) 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot;은(는) %3이어야 합니다</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>문자열 또는 null</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>비어 있지 않은 문자열</translation>
    </message>
    <message>
        <source>%1: a host must be an object</source>
        <translation>%1: 호스트는 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;retired&quot; must be true or false</source>
        <translation>%1: &quot;retired&quot;는 true 또는 false여야 합니다</translation>
    </message>
    <message>
        <source>%1: a step must be an object</source>
        <translation>%1: 단계는 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: unknown step kind</source>
        <translation>%1: 알 수 없는 단계 종류</translation>
    </message>
    <message>
        <source>%1: unknown &quot;expect&quot;</source>
        <translation>%1: 알 수 없는 &quot;expect&quot;</translation>
    </message>
    <message>
        <source>%1: a blocked machine has only manual steps</source>
        <translation>%1: 차단된 머신에는 수동 단계만 둘 수 있습니다</translation>
    </message>
    <message>
        <source>%1: neither steps nor a reason it is blocked</source>
        <translation>%1: 단계도 차단 이유도 없습니다</translation>
    </message>
    <message>
        <source>%1: a manual step in a machine that is not blocked</source>
        <translation>%1: 차단되지 않은 머신에 수동 단계가 있습니다</translation>
    </message>
    <message>
        <source>%1: steps out of order or repeated</source>
        <translation>%1: 단계의 순서가 틀리거나 중복되었습니다</translation>
    </message>
    <message>
        <source>%1: a retire before its verify</source>
        <translation>%1: 확인보다 앞에 퇴역이 있습니다</translation>
    </message>
    <message>
        <source>%1: retires host %2, which the machine does not record</source>
        <translation>%1: 머신에 기록되지 않은 호스트 %2을(를) 퇴역시키려 합니다</translation>
    </message>
    <message>
        <source>%1: verifies host %2, which the machine does not record</source>
        <translation>%1: 머신에 기록되지 않은 호스트 %2을(를) 확인하려 합니다</translation>
    </message>
    <message>
        <source>%1: steps on the machine without an inventory host</source>
        <translation>%1: 인벤토리 호스트가 없는데 머신에서 실행할 단계가 있습니다</translation>
    </message>
    <message>
        <source>%1: no verify step</source>
        <translation>%1: 확인 단계가 없습니다</translation>
    </message>
    <message>
        <source>%1: retires the host it keeps</source>
        <translation>%1: 남겨야 할 호스트를 퇴역시키려 합니다</translation>
    </message>
    <message>
        <source>the plan is larger than %1 MiB</source>
        <translation>계획이 %1 MiB보다 큽니다</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON 객체가 아닙니다(%1)</translation>
    </message>
    <message>
        <source>not a version %1 plan of mackerel-inspector</source>
        <translation>mackerel-inspector 버전 %1의 계획이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; must be an ISO 8601 time</source>
        <translation>&quot;createdAt&quot;은(는) ISO 8601 시각이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;reports&quot; must be a list of paths</source>
        <translation>&quot;reports&quot;는 경로 목록이어야 합니다</translation>
    </message>
    <message>
        <source>&quot;machines&quot; must be a list</source>
        <translation>&quot;machines&quot;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>머신 %1</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: 객체여야 합니다</translation>
    </message>
    <message>
        <source>%1: &quot;hosts&quot; and &quot;steps&quot; must be lists</source>
        <translation>%1: &quot;hosts&quot;와 &quot;steps&quot;는 목록이어야 합니다</translation>
    </message>
    <message>
        <source>%1: host %2 appears in two machines</source>
        <translation>%1: 호스트 %2이(가) 두 머신에 나타납니다</translation>
    </message>
    <message>
        <source>%1: inventory host %2 appears twice</source>
        <translation>%1: 인벤토리 호스트 %2이(가) 두 번 나타납니다</translation>
    </message>
    <message>
        <source>The checked remedy is not moving the id file aside. %1</source>
        <translation>확인한 조치는 ID 파일을 옮겨 두는 것이 아닙니다. %1</translation>
    </message>
    <message>
        <source>The host the agent would attach to is not one this plan records. %1</source>
        <translation>에이전트가 인수할 호스트가 이 플랜에 기록되어 있지 않습니다. %1</translation>
    </message>
    <message>
        <source>The id file names a retired host, whose handling by the service is undocumented: move it aside by hand, watching the agent&apos;s log. %1</source>
        <translation>ID 파일이 퇴역한 호스트를 가리킵니다. 서비스가 이를 어떻게 다루는지는 문서화되어 있지 않습니다: 에이전트 로그를 보면서 직접 옮겨 두세요. %1</translation>
    </message>
    <message>
        <source>A directory stands at the id file&apos;s path; apply moves only id files. %1</source>
        <translation>ID 파일 경로에 디렉터리가 있습니다. apply는 ID 파일만 옮깁니다. %1</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1이(가) 비어 있습니다</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)%4</source>
        <translation>%1은(는) 올바른 JSON이 아닙니다 (바이트 %3에서 %2)%4</translation>
    </message>
    <message>
        <source>: the file ends early, was it cut off?</source>
        <translation>: 파일이 중간에 끝납니다. 잘린 것은 아닌가요?</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a report of &apos;mackerel-inspector inspect --json&apos; (it lacks platform, host or probes)</source>
        <translation>%1은(는) JSON이지만 &apos;mackerel-inspector inspect --json&apos; 리포트가 아닙니다 (platform, host, probes 중 하나가 없음)</translation>
    </message>
    <message>
        <source>%1 has no host name (host.name)</source>
        <translation>%1에 호스트 이름(host.name)이 없습니다</translation>
    </message>
    <message>
        <source>%1: idFile.state &quot;%2&quot; is none of absent, present, empty, unreadable</source>
        <translation>%1: idFile.state &quot;%2&quot;은(는) absent, present, empty, unreadable 중 어느 것도 아닙니다</translation>
    </message>
    <message>
        <source>%1: idFile is present but names no hostId</source>
        <translation>%1: idFile이 present이지만 hostId가 없습니다</translation>
    </message>
    <message>
        <source>%1: idFile is not an object</source>
        <translation>%1: idFile이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>%1 is left out: %2 already reports the inventory name &quot;%3&quot;</source>
        <translation>%1은(는) 제외합니다: %2이(가) 이미 인벤토리 이름 &quot;%3&quot;을(를) 보고합니다</translation>
    </message>
    <message>
        <source>%1 holds no report (*.json)</source>
        <translation>%1에 리포트(*.json)가 없습니다</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1이(가) 없습니다</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1을(를) 읽을 수 없습니다 (%2)</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>%1은(는) 제외합니다: %2</translation>
    </message>
    <message>
        <source>%1 is left out: it is more than a report holds (%2 bytes at most)</source>
        <translation>%1은(는) 제외합니다: 리포트로서는 너무 큽니다(최대 %2바이트)</translation>
    </message>
</context>
<context>
    <name>GceMetadataParser</name>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot;은(는) 문자열이 아닙니다</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (the agent reads it as an unsigned 64-bit integer)</source>
        <translation>&quot;%1&quot;은(는) 숫자가 아닙니다 (에이전트는 부호 없는 64비트 정수로 읽습니다)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an unsigned 64-bit integer</source>
        <translation>&quot;%1&quot;은(는) %2이며 부호 없는 64비트 정수가 아닙니다</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>올바른 JSON이 아닙니다 (바이트 %2에서 %1)</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>JSON이 객체가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;instance&quot; is not an object</source>
        <translation>&quot;instance&quot;가 객체가 아닙니다</translation>
    </message>
    <message>
        <source>&quot;project&quot; is not an object</source>
        <translation>&quot;project&quot;가 객체가 아닙니다</translation>
    </message>
</context>
<context>
    <name>GceProbe</name>
    <message>
        <source>status 200 with an HTML page; the agent still takes this as GCE</source>
        <translation>상태 200이지만 HTML 페이지. 그래도 에이전트는 GCE로 여깁니다</translation>
    </message>
    <message>
        <source>status 200 (%1 bytes): this is GCE</source>
        <translation>상태 200 (%1바이트): GCE입니다</translation>
    </message>
    <message>
        <source>status 403: the server refused the request</source>
        <translation>상태 403: 서버가 요청을 거부했습니다</translation>
    </message>
    <message>
        <source>status %1: not a GCE metadata server</source>
        <translation>상태 %1: GCE 메타데이터 서버가 아닙니다</translation>
    </message>
    <message>
        <source>an HTML page, </source>
        <translation>HTML 페이지, </translation>
    </message>
    <message>
        <source>JSON without an &quot;instance&quot; object</source>
        <translation>&quot;instance&quot; 객체가 없는 JSON</translation>
    </message>
    <message>
        <source>instance id %1</source>
        <translation>인스턴스 ID %1</translation>
    </message>
    <message>
        <source>The GCE metadata request failed on the second ask (%1), so mackerel-agent would send no cloud metadata and no customIdentifier.</source>
        <translation>GCE 메타데이터 요청이 두 번째 시도에서 실패해(%1) mackerel-agent는 클라우드 메타데이터도 customIdentifier도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>metadata.google.internal answered 200 with a body the agent cannot read (%1). mackerel-agent would still choose GCE, but send no cloud metadata and no customIdentifier.</source>
        <translation>metadata.google.internal이 200과 함께 에이전트가 읽을 수 없는 본문을 보냈습니다 (%1). mackerel-agent는 그래도 GCE를 고르지만 클라우드 메타데이터도 customIdentifier도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>The GCE metadata has no &quot;instance&quot; object: mackerel-agent would stop with a nil-pointer panic while suggesting its customIdentifier.</source>
        <translation>GCE 메타데이터에 &quot;instance&quot; 객체가 없습니다: mackerel-agent는 customIdentifier를 구하다가 nil 포인터 panic으로 멈춥니다.</translation>
    </message>
    <message>
        <source>The GCE instance id is 0 (or missing): no instance has that id, but mackerel-agent would send &quot;%1&quot;.</source>
        <translation>GCE 인스턴스 ID가 0(또는 없음)입니다: 그런 ID의 인스턴스는 없지만 mackerel-agent는 &quot;%1&quot;을(를) 보냅니다.</translation>
    </message>
</context>
<context>
    <name>GuardCommand</name>
    <message>
        <source>systemctl daemon-reload failed; run it yourself</source>
        <translation>systemctl daemon-reload가 실패했습니다. 직접 실행하십시오</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Installed %1: mackerel-agent&apos;s next start runs the guard first.</source>
        <translation>%1을(를) 설치했습니다: mackerel-agent가 다음에 시작할 때 guard가 먼저 실행됩니다.</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1을(를) 삭제할 수 없습니다</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1을(를) 삭제했습니다.</translation>
    </message>
    <message>
        <source>mackerel-agent&apos;s root, as its unit passes it ($ROOT; default: root in the conf, else %1); the id file is DIR/id, below --root.</source>
        <translation>유닛이 넘기는 mackerel-agent의 root ($ROOT, 기본값: conf의 root, 없으면 %1). ID 파일은 --root 아래의 DIR/id입니다.</translation>
    </message>
    <message>
        <source>Where the agent would register a second host of this machine: block (default) or warn.</source>
        <translation>에이전트가 이 머신의 두 번째 호스트를 등록하려 할 때: block (기본값) 또는 warn.</translation>
    </message>
    <message>
        <source>Move an id file copied from another machine aside (id.copied-&lt;time&gt;) and let the agent start.</source>
        <translation>다른 머신에서 복사된 ID 파일을 옆으로 옮기고 (id.copied-&lt;시각&gt;) 에이전트를 시작하게 합니다.</translation>
    </message>
    <message>
        <source>Move an id file naming a host the organization does not have aside and let the agent start.</source>
        <translation>오거니제이션에 없는 호스트를 가리키는 ID 파일을 옆으로 옮기고 에이전트를 시작하게 합니다.</translation>
    </message>
    <message>
        <source>Keep the agent from starting also when the guard cannot decide (exit 15).</source>
        <translation>guard가 판단할 수 없을 때도 에이전트를 시작하지 않게 합니다 (종료 상태 15).</translation>
    </message>
    <message>
        <source>Time budget in ms (default 20000); past it the guard lets the agent start.</source>
        <translation>제한 시간 (ms, 기본값 20000). 이를 넘기면 guard는 에이전트를 시작하게 합니다.</translation>
    </message>
    <message>
        <source>Write the systemd drop-in that runs the guard, with the other options given, before mackerel-agent.</source>
        <translation>mackerel-agent보다 먼저, 지정한 다른 옵션으로 guard를 실행하는 systemd 드롭인을 씁니다.</translation>
    </message>
    <message>
        <source>Remove the drop-in.</source>
        <translation>드롭인을 삭제합니다.</translation>
    </message>
    <message>
        <source>Directory of the drop-in (default %1).</source>
        <translation>드롭인의 디렉터리 (기본값 %1).</translation>
    </message>
    <message>
        <source>With --demo: what the simulated Mackerel organization holds: %1 (default agentless).</source>
        <translation>--demo와 함께: 시뮬레이션된 Mackerel 오거니제이션이 가진 것: %1 (기본값 agentless).</translation>
    </message>
    <message>
        <source>Run before mackerel-agent starts (ExecStartPre of its unit): keep it from starting where it would register a duplicate host or refuse to start, and say why in one line. Words after -- are the agent&apos;s own options. Reads the API only.</source>
        <translation>mackerel-agent가 시작되기 전에 (유닛의 ExecStartPre로) 실행하여, 중복 호스트를 등록하거나 시작을 거부할 상황이면 에이전트를 시작하지 않게 하고 이유를 한 줄로 알립니다. -- 뒤의 단어는 에이전트 자신의 옵션입니다. API는 읽기만 합니다.</translation>
    </message>
    <message>
        <source>--install and --uninstall exclude each other</source>
        <translation>--install과 --uninstall은 함께 지정할 수 없습니다</translation>
    </message>
    <message>
        <source>--on-duplicate must be block or warn</source>
        <translation>--on-duplicate는 block 또는 warn입니다</translation>
    </message>
    <message>
        <source>--budget takes milliseconds from 1 to 600000</source>
        <translation>--budget은 1부터 600000까지의 밀리초로 지정합니다</translation>
    </message>
    <message>
        <source>--seed goes with --demo and is one of %1</source>
        <translation>--seed는 --demo와 함께 쓰며 %1 중 하나입니다</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (the agent&apos;s options go after --)</source>
        <translation>예상하지 못한 인수 &apos;%1&apos; (에이전트의 옵션은 -- 뒤에 둡니다)</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>no display for the window (DISPLAY is not set).</source>
        <translation>창을 띄울 디스플레이가 없습니다 (DISPLAY가 설정되지 않음).</translation>
    </message>
    <message>
        <source>For the report in this terminal run: %1</source>
        <translation>이 터미널에서 리포트를 보려면 다음을 실행하세요: %1</translation>
    </message>
    <message>
        <source>The Mackerel Inspector window.</source>
        <translation>Mackerel Inspector 창.</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) once detection has finished, then exit.</source>
        <translation>검출이 끝나면 창을 FILE(PNG)로 그리고 종료합니다.</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>스크린샷 %1을(를) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--tab takes a number from 1 to %1</source>
        <translation>--tab에는 1부터 %1까지의 숫자를 지정합니다</translation>
    </message>
    <message>
        <source>Open on tab N (1: evidence, 2: cloud metadata, 3: host specs, 4: Mackerel, 5: fleet).</source>
        <translation>탭 N을 엽니다 (1: 근거, 2: 클라우드 메타데이터, 3: 호스트 스펙, 4: Mackerel, 5: 플릿).</translation>
    </message>
    <message>
        <source>Demo: simulated %1</source>
        <translation>데모: 시뮬레이션한 %1</translation>
    </message>
</context>
<context>
    <name>HostIdFile</name>
    <message>
        <source>it is a directory</source>
        <translation>디렉터리입니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host id</source>
        <translation>&apos;%1&apos;은(는) 호스트 ID가 아닙니다</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read (%2); not overwriting it</source>
        <translation>%1이(가) 있지만 읽을 수 없습니다 (%2). 덮어쓰지 않습니다</translation>
    </message>
    <message>
        <source>%1 already holds host id %2; not overwriting it with %3 (delete it first if this machine is no longer that host)</source>
        <translation>%1에 이미 호스트 ID %2이(가) 있습니다. %3(으)로 덮어쓰지 않습니다 (이 머신이 더는 그 호스트가 아니라면 먼저 지우세요)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1을(를) 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>HostMatcher</name>
    <message>
        <source>The organization&apos;s hosts could not be listed to look for hosts that are this machine without its identifier: %1</source>
        <translation>식별자 없이 이 머신인 호스트를 찾기 위한 오거니제이션의 호스트 목록을 가져오지 못했습니다: %1</translation>
    </message>
    <message>
        <source>the same instance</source>
        <translation>같은 인스턴스</translation>
    </message>
    <message>
        <source>the MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>The agent would create a duplicate: %1 is already this machine by its evidence but does not carry its customIdentifier.</source>
        <translation>에이전트가 중복을 만듭니다: %1은 근거상 이미 이 머신이지만 그 customIdentifier를 가지고 있지 않습니다.</translation>
    </message>
    <message>
        <source>The agent would create a duplicate: %1 are already this machine by its evidence but do not carry its customIdentifier.</source>
        <translation>에이전트가 중복을 만듭니다: %1은 근거상 이미 이 머신이지만 그 customIdentifier를 가지고 있지 않습니다.</translation>
    </message>
</context>
<context>
    <name>HostRegistrar</name>
    <message>
        <source>no Mackerel API client</source>
        <translation>Mackerel API 클라이언트가 없습니다</translation>
    </message>
    <message>
        <source>host %1 already carries the customIdentifier &quot;%2&quot;: attach to it (update) instead of creating a duplicate</source>
        <translation>호스트 %1이(가) 이미 customIdentifier &quot;%2&quot;을(를) 가집니다: 중복을 만들지 말고 그 호스트에 연결(업데이트)하세요</translation>
    </message>
    <message>
        <source>%1. The host may have been created all the same; without a customIdentifier it cannot be told apart, so it is not retried: check the host list on Mackerel before trying again</source>
        <translation>%1. 호스트가 만들어졌을 수도 있습니다. customIdentifier가 없어 구별할 수 없으므로 재시도하지 않습니다: 다시 시도하기 전에 Mackerel의 호스트 목록을 확인하세요</translation>
    </message>
    <message>
        <source>%1; no host carries the customIdentifier yet. Not posting a third time: try again later</source>
        <translation>%1. customIdentifier를 가진 호스트가 아직 없습니다. 세 번째로 보내지는 않습니다: 나중에 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1, and looking the customIdentifier up failed too (%2): the host may exist; run match before trying again</source>
        <translation>%1. customIdentifier 조회도 실패했습니다 (%2): 호스트가 있을 수 있습니다. 다시 시도하기 전에 match를 실행하세요</translation>
    </message>
    <message>
        <source>the id file %1 now holds host id %2: the agent would use that host, and a new one would be a duplicate. Check the match again</source>
        <translation>ID 파일 %1에 이제 호스트 ID %2가 들어 있습니다: 에이전트는 그 호스트를 사용하므로 새 호스트는 중복이 됩니다. 대조를 다시 확인하세요</translation>
    </message>
    <message>
        <source>the id file %1 cannot be read (%2): it may name a host the agent would use, so nothing is created</source>
        <translation>ID 파일 %1을(를) 읽을 수 없습니다 (%2): 에이전트가 사용할 호스트를 가리킬 수 있으므로 아무것도 만들지 않습니다</translation>
    </message>
    <message>
        <source>without a customIdentifier the agent cannot find the host created now, and would register a second one at its start: write the host id file with it, so that it finds the id</source>
        <translation>customIdentifier가 없으면 에이전트는 지금 만든 호스트를 찾지 못하고 시작할 때 두 번째 호스트를 등록합니다: ID를 찾을 수 있도록 호스트 ID 파일도 쓰세요</translation>
    </message>
    <message>
        <source> If another host already carries the customIdentifier &quot;%1&quot; (it is unique in the organization), that is why: run match to see which</source>
        <translation> 다른 호스트가 이미 customIdentifier &quot;%1&quot;을(를) 가지고 있다면 (조직 내에서 고유합니다) 그것이 원인입니다: match를 실행해 어느 호스트인지 확인하세요</translation>
    </message>
    <message>
        <source>the host&apos;s roles changed since the plan (%1 would be removed, which was not confirmed): nothing was sent; plan again</source>
        <translation>계획 이후 호스트의 역할이 바뀌었습니다 (확인하지 않은 %1이(가) 제거됩니다): 아무것도 보내지 않았습니다. 다시 계획하세요</translation>
    </message>
    <message>
        <source>%1; without the host&apos;s check monitors the update cannot show which of them it keeps, so nothing was sent</source>
        <translation>%1. 호스트의 체크 모니터를 알 수 없으면 업데이트 후 무엇이 남는지 보여 줄 수 없으므로 아무것도 보내지 않았습니다</translation>
    </message>
    <message>
        <source>%1; the roles were not replaced</source>
        <translation>%1. 역할은 교체하지 않았습니다</translation>
    </message>
</context>
<context>
    <name>HostSpecCollector</name>
    <message>
        <source>meta.agent-version, meta.agent-revision and meta.agent-name are the agent&apos;s own: it sends its version, its git revision and &quot;mackerel-agent/&lt;version&gt; (Revision &lt;revision&gt;)&quot;; the inspector leaves them out</source>
        <translation>meta.agent-version, meta.agent-revision, meta.agent-name은 에이전트 자신의 값입니다: 버전, git 리비전, &quot;mackerel-agent/&lt;version&gt; (Revision &lt;revision&gt;)&quot;을 보냅니다. 인스펙터는 이들을 생략합니다</translation>
    </message>
    <message>
        <source>name: no /proc/sys/kernel/hostname below %1; this host&apos;s name is used</source>
        <translation>name: %1 아래에 /proc/sys/kernel/hostname이 없습니다. 이 호스트의 이름을 씁니다</translation>
    </message>
</context>
<context>
    <name>HostUpdatePlan</name>
    <message>
        <source>no agent conf was read, so the checks to send are unknown: the update syncs the host&apos;s check monitors to the list it sends, and an empty list would remove them. Read the machine&apos;s mackerel-agent.conf, or choose what to send: the host&apos;s current check monitors (keeps them) or none (removes them)</source>
        <translation>에이전트 설정 파일을 읽지 않아 보낼 checks를 알 수 없습니다: 업데이트는 호스트의 체크 모니터를 보낸 목록에 맞추므로, 빈 목록은 그것들을 삭제합니다. 머신의 mackerel-agent.conf를 읽거나 보낼 것을 고르세요: 호스트의 현재 체크 모니터 (유지) 또는 없음 (삭제)</translation>
    </message>
    <message>
        <source>the host&apos;s check monitors could not be read, so they cannot be kept</source>
        <translation>호스트의 체크 모니터를 읽을 수 없어 유지할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>the update removes %n check monitor(s) of the host: %1 (one with an open alert stays until the alert is closed)</source>
        <translation>
            <numerusform>이 업데이트는 호스트의 체크 모니터 %n개를 삭제합니다: %1 (열린 알림이 있는 것은 알림이 닫힐 때까지 남습니다)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedOn</name>
    <message>
        <source>%1 unreadable by this user</source>
        <translation>%1은(는) 이 사용자가 읽을 수 없습니다</translation>
    </message>
    <message>
        <source>no known cloud</source>
        <translation>알려진 클라우드 아님</translation>
    </message>
    <message>
        <source>no known cloud (no DMI files to read)</source>
        <translation>알려진 클라우드 아님 (읽을 DMI 파일 없음)</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>%1 ms 안에 완전한 응답이 없습니다</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>네트워크 액세스 매니저가 없습니다</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, over the %2-byte cap</source>
        <translation>응답이 %1바이트라고 알리며 상한 %2바이트를 넘습니다</translation>
    </message>
    <message>
        <source>the answer is over the %1-byte cap</source>
        <translation>응답이 상한 %1바이트를 넘습니다</translation>
    </message>
    <message>
        <source>connection refused: nothing listens there</source>
        <translation>연결 거부: 대기 중인 것이 없습니다</translation>
    </message>
    <message>
        <source>host not found or unreachable: %1</source>
        <translation>호스트를 찾을 수 없거나 도달할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>시간 초과: %1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>네트워크 오류: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Demo: simulated %1 instance at %2; the specs are read below %3</source>
        <translation>데모: 시뮬레이션된 %1 인스턴스 (%2). 스펙은 %3 아래에서 읽습니다</translation>
    </message>
    <message>
        <source>Print the host payload mackerel-agent would send to Mackerel (POST /api/v0/hosts): specs, interfaces, roles, checks, cloud and customIdentifier. The agent adds meta.%1 itself.</source>
        <translation>mackerel-agent가 Mackerel에 보낼 호스트 페이로드(POST /api/v0/hosts)를 출력합니다: 스펙, 인터페이스, 롤, 체크, 클라우드, customIdentifier. meta.%1은(는) 에이전트가 직접 붙입니다.</translation>
    </message>
    <message>
        <source>The host id file %1 cannot be read (%2). mackerel-agent reads it as root: where this user lacks the permission, run inspect as root (sudo) to see the host the agent would use.</source>
        <translation>호스트 ID 파일 %1을(를) 읽을 수 없습니다 (%2). mackerel-agent는 root로 읽습니다: 이 사용자에게 권한이 없다면, 에이전트가 쓸 호스트를 보려면 inspect를 root(sudo)로 실행하세요.</translation>
    </message>
    <message>
        <source>left out (see warnings)</source>
        <translation>생략 (경고 참조)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>실행 기반</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>%1 not found: the agent&apos;s defaults</source>
        <translation>%1 없음: 에이전트 기본값</translation>
    </message>
    <message numerus="yes">
        <source> (+%n included)</source>
        <translation>
            <numerusform> (+include %n개)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id file</source>
        <translation>ID 파일</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>표시 이름</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>%1 total, %2 swap</source>
        <translation>전체 %1, 스왑 %2</translation>
    </message>
    <message>
        <source>Block devices</source>
        <translation>블록 디바이스</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <translation>파일 시스템</translation>
    </message>
    <message>
        <source>%1 on %2, %3 used of %4 kB</source>
        <translation>%1 (%2에 마운트), %4 kB 중 %3 사용</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>인터페이스</translation>
    </message>
    <message>
        <source>none (null)</source>
        <translation>없음 (null)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>롤</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>체크</translation>
    </message>
    <message>
        <source>Agent&apos;s own fields</source>
        <translation>에이전트 고유 필드</translation>
    </message>
    <message>
        <source>%1 (filled in by mackerel-agent)</source>
        <translation>%1 (mackerel-agent가 채움)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>The whole payload: %1</source>
        <translation>페이로드 전체: %1</translation>
    </message>
</context>
<context>
    <name>KernelSpec</name>
    <message>
        <source>kernel left out: uname(2) failed</source>
        <translation>kernel 생략: uname(2) 실패</translation>
    </message>
    <message>
        <source>kernel: %1 not below %2; this host&apos;s uname(2) values are used instead</source>
        <translation>kernel: %1이(가) %2 아래에 없습니다. 이 호스트의 uname(2) 값을 씁니다</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang에는 언어를 지정합니다: %1</translation>
    </message>
    <message>
        <source>--lang must be one of %1; not &apos;%2&apos;</source>
        <translation>--lang은 %1 중 하나여야 합니다. &apos;%2&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Speak LANG: %1 (default: the locale&apos;s, LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else en). --json and --csv stay English.</source>
        <translation>LANG으로 표시합니다: %1 (기본값은 로캘 LANGUAGE/LC_ALL/LC_MESSAGES/LANG, 없으면 en). --json과 --csv는 영어 그대로입니다.</translation>
    </message>
</context>
<context>
    <name>MackerelApiCall</name>
    <message>
        <source>finding hosts by customIdentifier</source>
        <translation>customIdentifier로 호스트 찾는 중</translation>
    </message>
    <message>
        <source>getting the host</source>
        <translation>호스트 가져오는 중</translation>
    </message>
    <message>
        <source>creating the host</source>
        <translation>호스트 만드는 중</translation>
    </message>
    <message>
        <source>updating the host</source>
        <translation>호스트 업데이트 중</translation>
    </message>
    <message>
        <source>listing hosts</source>
        <translation>호스트 나열 중</translation>
    </message>
    <message>
        <source>%1; trying again in %2 ms</source>
        <translation>%1. %2 ms 후 다시 시도합니다</translation>
    </message>
    <message>
        <source> (after %1 tries)</source>
        <translation> (%1번 시도 후)</translation>
    </message>
    <message>
        <source>%1: the Mackerel API at %2 could not be reached: %3</source>
        <translation>%1: %2의 Mackerel API에 도달할 수 없었습니다: %3</translation>
    </message>
    <message>
        <source>%1: the answer (status %2, %3) is not the Mackerel API&apos;s JSON; is the API base URL right?</source>
        <translation>%1: 응답(상태 %2, %3)이 Mackerel API의 JSON이 아닙니다. API 기본 URL이 맞나요?</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>Content-Type 없음</translation>
    </message>
    <message>
        <source>%1: the API base redirects (%2 to %3); give the final URL with --apibase</source>
        <translation>%1: API 기본 URL이 리디렉션합니다 (%2에서 %3). 최종 URL을 --apibase로 지정하세요</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the API key (401%2): it is wrong, revoked, or of another organization</source>
        <translation>%1: Mackerel API가 API 키를 거부했습니다 (401%2): 잘못되었거나 폐기되었거나 다른 오거니제이션의 키입니다</translation>
    </message>
    <message>
        <source>%1: not found (404)%2</source>
        <translation>%1: 찾을 수 없음 (404)%2</translation>
    </message>
    <message>
        <source>%1: the Mackerel API is rate limiting this key (429)%2; wait and try again</source>
        <translation>%1: Mackerel API가 이 키의 요청 수를 제한하고 있습니다 (429)%2. 잠시 후 다시 시도하세요</translation>
    </message>
    <message>
        <source>%1: the Mackerel API failed (%2)%3</source>
        <translation>%1: Mackerel API가 실패했습니다 (%2)%3</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the request (%2)%3</source>
        <translation>%1: Mackerel API가 요청을 거부했습니다 (%2)%3</translation>
    </message>
    <message>
        <source>retiring the host</source>
        <translation>호스트 퇴역</translation>
    </message>
    <message>
        <source>listing the host&apos;s metric names</source>
        <translation>호스트의 메트릭 이름 목록 조회</translation>
    </message>
    <message>
        <source>replacing the host&apos;s roles</source>
        <translation>호스트의 역할 교체</translation>
    </message>
    <message>
        <source>listing the host&apos;s monitors</source>
        <translation>호스트의 모니터 목록 조회</translation>
    </message>
    <message>
        <source>getting a check monitor</source>
        <translation>체크 모니터 조회</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the API key (403%2): the key is wrong, of another organization, or has no write permission (Organization settings → API keys); or this address is outside the organization&apos;s permitted IP range</source>
        <translation>%1: Mackerel API가 API 키를 거부했습니다 (403%2): 키가 틀렸거나, 다른 조직의 것이거나, 쓰기 권한이 없습니다 (조직 설정 → API 키). 또는 이 주소가 조직의 허용 IP 범위 밖입니다</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the API key (403%2): the key is wrong, of another organization, or not allowed to read; or this address is outside the organization&apos;s permitted IP range</source>
        <translation>%1: Mackerel API가 API 키를 거부했습니다 (403%2): 키가 틀렸거나, 다른 조직의 것이거나, 읽기가 허용되지 않습니다. 또는 이 주소가 조직의 허용 IP 범위 밖입니다</translation>
    </message>
</context>
<context>
    <name>MackerelApiClient</name>
    <message>
        <source>no Mackerel API key: give --apikey-file, set MACKEREL_APIKEY, or set apikey in mackerel-agent.conf</source>
        <translation>Mackerel API 키가 없습니다: --apikey-file을 지정하거나 MACKEREL_APIKEY 또는 mackerel-agent.conf의 apikey를 설정하세요</translation>
    </message>
    <message>
        <source>the Mackerel API base &apos;%1&apos; is not an http(s) URL</source>
        <translation>Mackerel API 기본 URL &apos;%1&apos;은(는) http(s) URL이 아닙니다</translation>
    </message>
</context>
<context>
    <name>MackerelHost</name>
    <message>
        <source>the AWS integration (EC2), no agent yet</source>
        <translation>AWS 인테그레이션(EC2), 에이전트는 아직 없음</translation>
    </message>
    <message>
        <source>the Google Cloud integration (GCE), no agent yet</source>
        <translation>Google Cloud 인테그레이션(GCE), 에이전트는 아직 없음</translation>
    </message>
    <message>
        <source>the Azure integration (virtual machine), no agent yet</source>
        <translation>Azure 인테그레이션(가상 머신), 에이전트는 아직 없음</translation>
    </message>
    <message>
        <source>the API or an integration, no agent yet</source>
        <translation>API 또는 인테그레이션, 에이전트는 아직 없음</translation>
    </message>
</context>
<context>
    <name>MackerelOptions</name>
    <message>
        <source>With --demo: what the simulated Mackerel organization holds: %1 (default agentless).</source>
        <translation>--demo와 함께: 시뮬레이션된 Mackerel 오거니제이션이 가진 것: %1 (기본값 agentless).</translation>
    </message>
    <message>
        <source>Read the Mackerel API key from PATH (else $MACKEREL_APIKEY, else apikey in the conf). The key is never taken on the command line.</source>
        <translation>Mackerel API 키를 PATH에서 읽습니다 (없으면 $MACKEREL_APIKEY, 없으면 conf의 apikey). 키를 명령줄로 받지는 않습니다.</translation>
    </message>
    <message>
        <source>Mackerel API base URL (else $MACKEREL_APIBASE, else apibase in the conf, else %1).</source>
        <translation>Mackerel API 기본 URL (없으면 $MACKEREL_APIBASE, 없으면 conf의 apibase, 없으면 %1).</translation>
    </message>
    <message>
        <source>The agent&apos;s host id file (default &lt;root&gt;/id, root from the conf, %1).</source>
        <translation>에이전트의 호스트 ID 파일 (기본값 &lt;root&gt;/id, root는 conf에서, %1).</translation>
    </message>
    <message>
        <source>--seed must be one of %1</source>
        <translation>--seed는 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--seed goes with --demo</source>
        <translation>--seed는 --demo와 함께 씁니다</translation>
    </message>
</context>
<context>
    <name>MackerelSettings</name>
    <message>
        <source>--apikey-file: cannot read %1: %2</source>
        <translation>--apikey-file: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--apikey-file: %1 must hold the API key alone, on one line</source>
        <translation>--apikey-file: %1에는 API 키만 한 줄로 적어야 합니다</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation>%1: &apos;%2&apos;은(는) http(s) URL이 아닙니다</translation>
    </message>
    <message>
        <source>root in %1</source>
        <translation>%1의 root</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Which cloud the agent detects here and the customIdentifier it sends</source>
        <translation>이 머신에서 에이전트가 검출하는 클라우드와 보내는 customIdentifier</translation>
    </message>
    <message>
        <source>The host payload the agent would send (specs, interfaces, roles, checks, cloud)</source>
        <translation>에이전트가 보낼 호스트 페이로드 (스펙, 인터페이스, 롤, 체크, 클라우드)</translation>
    </message>
    <message>
        <source>What the agent would do with this host on Mackerel: attach, create, update, or refuse</source>
        <translation>Mackerel에서 에이전트가 이 호스트를 어떻게 다룰지: attach, create, update 또는 시작 거부</translation>
    </message>
    <message>
        <source>Create or update this host on Mackerel as the agent would, never a duplicate (--dry-run)</source>
        <translation>에이전트처럼 이 호스트를 Mackerel에 만들거나 업데이트합니다. 중복은 만들지 않습니다 (--dry-run)</translation>
    </message>
    <message>
        <source>Join the organization&apos;s hosts with many machines&apos; reports: duplicates and refusals, ahead</source>
        <translation>오거니제이션의 호스트를 여러 머신의 리포트와 결합: 중복과 시작 거부를 미리 발견</translation>
    </message>
    <message>
        <source>Serve a cloud&apos;s instance metadata service on 127.0.0.1 (for demos and tests)</source>
        <translation>클라우드의 인스턴스 메타데이터 서비스를 127.0.0.1에서 제공 (데모와 테스트용)</translation>
    </message>
    <message>
        <source>This text; `mackerel-inspector &lt;command&gt; --help` lists a command&apos;s options</source>
        <translation>이 설명. `mackerel-inspector &lt;command&gt; --help`로 명령의 옵션을 봅니다</translation>
    </message>
    <message>
        <source>Usage: mackerel-inspector [gui] [options]     the window
       mackerel-inspector &lt;command&gt; [options]</source>
        <translation>사용법: mackerel-inspector [gui] [옵션]     창
        mackerel-inspector &lt;command&gt; [옵션]</translation>
    </message>
    <message>
        <source>See, before installing mackerel-agent, what it would detect and send to Mackerel.</source>
        <translation>mackerel-agent를 설치하기 전에, 무엇을 검출해 Mackerel에 보낼지 확인합니다.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>명령:</translation>
    </message>
    <message>
        <source>Global option, in every command and the window:</source>
        <translation>전역 옵션 (모든 명령과 창에서 사용):</translation>
    </message>
    <message>
        <source>Speak LANG: en, ja or ko (default: the locale&apos;s; --json and --csv stay English)</source>
        <translation>LANG으로 표시: en, ja, ko (기본값은 로캘. --json과 --csv는 영어 그대로)</translation>
    </message>
    <message>
        <source>Try it anywhere with the built-in simulator:</source>
        <translation>내장 시뮬레이터로 어디서나 시험해 볼 수 있습니다:</translation>
    </message>
    <message>
        <source>Detect the cloud platform and customIdentifier as mackerel-agent does.</source>
        <translation>mackerel-agent와 같은 방식으로 클라우드 플랫폼과 customIdentifier를 검출합니다.</translation>
    </message>
    <message>
        <source>The cloud to simulate: %1.</source>
        <translation>시뮬레이션할 클라우드: %1.</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>127.0.0.1의 포트 (기본값: 비어 있는 아무 포트).</translation>
    </message>
    <message>
        <source>Also serve a simulated Mackerel API (another port) holding --seed&apos;s hosts.</source>
        <translation>--seed의 호스트를 가진 Mackerel API 시뮬레이터도 제공합니다 (다른 포트).</translation>
    </message>
    <message>
        <source>What the simulated Mackerel organization holds for this instance: %1 (default agentless).</source>
        <translation>시뮬레이션된 Mackerel 오거니제이션이 이 인스턴스에 대해 가진 것: %1 (기본값 agentless).</translation>
    </message>
    <message>
        <source>With --mackerel: serve the hosts of FILE ({&quot;hosts&quot;: [...]}, as the API lists them) instead of the seed&apos;s.</source>
        <translation>--mackerel과 함께: seed 대신 FILE의 호스트({&quot;hosts&quot;: [...]}, API 목록과 같은 형식)를 제공합니다.</translation>
    </message>
    <message>
        <source>Serve a cloud&apos;s instance metadata service on 127.0.0.1 until interrupted.</source>
        <translation>클라우드의 인스턴스 메타데이터 서비스를 중단될 때까지 127.0.0.1에서 제공합니다.</translation>
    </message>
    <message>
        <source>simulate needs --cloud (%1)</source>
        <translation>simulate에는 --cloud (%1)가 필요합니다</translation>
    </message>
    <message>
        <source>--cloud must be one of %1</source>
        <translation>--cloud는 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port는 0부터 65535까지의 숫자입니다</translation>
    </message>
    <message>
        <source>--seed must be one of %1</source>
        <translation>--seed는 %1 중 하나여야 합니다</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>알 수 없는 명령 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: mackerel-inspector &lt;command&gt; [options]     (this build has no window)</source>
        <translation>사용법: mackerel-inspector &lt;command&gt; [옵션]     (이 빌드에는 창이 없습니다)</translation>
    </message>
    <message>
        <source>this build (package mackerel-inspector-cli) has no window; it is in the package mackerel-inspector.</source>
        <translation>이 빌드(패키지 mackerel-inspector-cli)에는 창이 없습니다. 창은 패키지 mackerel-inspector에 있습니다.</translation>
    </message>
    <message>
        <source>Run one of the commands instead.</source>
        <translation>대신 명령 중 하나를 실행하세요.</translation>
    </message>
    <message>
        <source>Run before mackerel-agent starts (systemd): stop a duplicate or a copied id file first</source>
        <translation>mackerel-agent 시작 전에 실행 (systemd): 중복과 복사된 ID 파일을 먼저 막습니다</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Id file</source>
        <translation>ID 파일</translation>
    </message>
    <message>
        <source>Mackerel API</source>
        <translation>Mackerel API</translation>
    </message>
    <message>
        <source>%1 (%2; key from %3)</source>
        <translation>%1 (%2, 키는 %3에서)</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>어디에도 없음</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;%3, %4, by %5</source>
        <translation>%1 &quot;%2&quot;%3, %4, 등록 주체 %5</translation>
    </message>
    <message>
        <source>Also carrying it</source>
        <translation>이것도 가진 호스트</translation>
    </message>
    <message>
        <source>Lookalike</source>
        <translation>같은 머신으로 보이는 호스트</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, %3, by %4: shares %5 %6</source>
        <translation>%1 &quot;%2&quot;, %3, 등록 주체 %4: %5 %6 공유</translation>
    </message>
    <message>
        <source>the cloud instance</source>
        <translation>클라우드 인스턴스</translation>
    </message>
    <message>
        <source>the MAC address</source>
        <translation>MAC 주소</translation>
    </message>
    <message>
        <source>The agent would exit with:</source>
        <translation>에이전트는 다음 오류로 종료합니다:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>경고:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>근거:</translation>
    </message>
    <message>
        <source>Demo: simulated %1 instance at %2, simulated Mackerel API at %3 (seed %4)</source>
        <translation>데모: 시뮬레이션된 %1 인스턴스 (%2), 시뮬레이션된 Mackerel API (%3, seed %4)</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>실행 기반</translation>
    </message>
    <message>
        <source>Firmware&apos;s id</source>
        <translation>펌웨어의 ID</translation>
    </message>
    <message>
        <source>no host carries it</source>
        <translation>가진 호스트 없음</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>%1이(가) 보유</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Tell what mackerel-agent would do with this host on Mackerel (attach, create, update, or refuse to start), and why. Changes nothing.</source>
        <translation>mackerel-agent가 Mackerel에서 이 호스트를 어떻게 다룰지(attach, create, update 또는 시작 거부)와 그 이유를 보여 줍니다. 아무것도 바꾸지 않습니다.</translation>
    </message>
</context>
<context>
    <name>MatchReport</name>
    <message>
        <source>API request failed: %1</source>
        <translation>API 요청 실패: %1</translation>
    </message>
    <message>
        <source>%1 hosts carry the customIdentifier &quot;%2&quot; (%3); the agent takes the first the API lists and ignores the others. Retire the ones that are not this machine.</source>
        <translation>호스트 %1대가 customIdentifier &quot;%2&quot;을(를) 가집니다 (%3). 에이전트는 API가 처음 돌려준 것을 쓰고 나머지는 무시합니다. 이 머신이 아닌 것을 퇴역시키세요.</translation>
    </message>
    <message>
        <source>host %1 also carries the customIdentifier &quot;%2&quot;; the id file names %3 instead</source>
        <translation>호스트 %1도 customIdentifier &quot;%2&quot;을(를) 가지지만 ID 파일은 %3을(를) 가리킵니다</translation>
    </message>
    <message>
        <source>host %1 carrying the customIdentifier is retired</source>
        <translation>customIdentifier를 가진 호스트 %1은(는) 퇴역했습니다</translation>
    </message>
    <message>
        <source>The Mackerel API could not tell: %1</source>
        <translation>Mackerel API로 판단할 수 없었습니다: %1</translation>
    </message>
    <message>
        <source>The id file %1 exists but cannot be read (%2); the agent reads it as root. Run as root, or copy it and pass --id-file.</source>
        <translation>ID 파일 %1이(가) 있지만 읽을 수 없습니다 (%2). 에이전트는 root로 읽습니다. root로 실행하거나 복사해서 --id-file로 지정하세요.</translation>
    </message>
    <message>
        <source>The host named by the id file was not looked up.</source>
        <translation>ID 파일이 가리키는 호스트는 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source>no identifier</source>
        <translation>식별자 없음</translation>
    </message>
    <message>
        <source>The id file %1 names host %2; the agent would keep using it and update its specs.</source>
        <translation>ID 파일 %1은(는) 호스트 %2을(를) 가리킵니다. 에이전트는 그것을 계속 쓰고 스펙을 업데이트합니다.</translation>
    </message>
    <message>
        <source> The host has no customIdentifier yet; the agent&apos;s update gives it &quot;%1&quot;.</source>
        <translation> 이 호스트에는 아직 customIdentifier가 없습니다. 에이전트의 업데이트로 &quot;%1&quot;이(가) 됩니다.</translation>
    </message>
    <message>
        <source>the id file %1 is empty: the agent treats it as absent and writes a new id into it</source>
        <translation>ID 파일 %1이(가) 비어 있습니다: 에이전트는 없는 것으로 보고 새 ID를 씁니다</translation>
    </message>
    <message>
        <source>There is no id file at %1 and no customIdentifier to look up: the agent would register a new host and write its id there. A host registered for this machine by a cloud integration would not be found, and would stay a separate host.</source>
        <translation>%1에 ID 파일이 없고 조회할 customIdentifier도 없습니다: 에이전트는 새 호스트를 등록하고 그 ID를 거기에 씁니다. 클라우드 인테그레이션이 이 머신용으로 등록한 호스트는 찾지 못해 별개의 호스트로 남습니다.</translation>
    </message>
    <message>
        <source>The customIdentifier was not looked up.</source>
        <translation>customIdentifier는 조회하지 않았습니다.</translation>
    </message>
    <message>
        <source> (The agent, meeting this, would go on to register a new host.)</source>
        <translation> (에이전트는 이 경우 이어서 새 호스트를 등록합니다.)</translation>
    </message>
    <message>
        <source>There is no id file at %1 and no live host carries the customIdentifier &quot;%2&quot;: the agent would register a new host and write its id there.</source>
        <translation>%1에 ID 파일이 없고 customIdentifier &quot;%2&quot;을(를) 가진 활성 호스트도 없습니다: 에이전트는 새 호스트를 등록하고 그 ID를 거기에 씁니다.</translation>
    </message>
    <message>
        <source>There is no id file at %1, and host %2 carries the customIdentifier &quot;%3&quot;: the agent would adopt that host, write its id there and update its specs; no new host is created.</source>
        <translation>%1에 ID 파일이 없고 호스트 %2이(가) customIdentifier &quot;%3&quot;을(를) 가집니다: 에이전트는 그 호스트를 이어받아 ID를 거기에 쓰고 스펙을 업데이트합니다. 새 호스트는 만들어지지 않습니다.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>%1 (name &quot;%2&quot;, status %3, registered by %4)</source>
        <translation>%1 (이름 &quot;%2&quot;, 상태 %3, 등록 주체 %4)</translation>
    </message>
    <message>
        <source>%1 (name &quot;%2&quot;, displayName &quot;%3&quot;, status %4, registered by %5)</source>
        <translation>%1 (이름 &quot;%2&quot;, 표시 이름 &quot;%3&quot;, 상태 %4, 등록 주체 %5)</translation>
    </message>
    <message>
        <source>The Mackerel API answered with a server error, or the network failed (%1). The agent meeting this at start gives up its search by customIdentifier after 3 tries, 2 s apart, and registers a new host even where one carries the identifier; it retries a registration up to 20 times, 3 s apart, and a registration whose answer was lost is sent again. Either can register a duplicate host: start the agent once the API answers, and run match again first.</source>
        <translation>Mackerel API가 서버 오류로 응답했거나 네트워크가 실패했습니다 (%1). 시작 시 이를 만난 에이전트는 customIdentifier 검색을 2초 간격으로 3번 시도한 뒤 포기하고, 식별자를 가진 호스트가 있어도 새 호스트를 등록합니다. 등록은 3초 간격으로 최대 20번 재시도하며, 응답이 사라진 등록은 다시 전송됩니다. 어느 쪽이든 중복 호스트를 등록할 수 있습니다: API가 응답한 뒤 에이전트를 시작하고, 먼저 match를 다시 실행하세요.</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, which this organization does not have (retired and deleted, or of another organization, or another key&apos;s). The agent would refuse to start.</source>
        <translation>ID 파일 %1이 호스트 %2를 가리키지만 이 오거니제이션에는 없습니다 (퇴역 후 삭제되었거나, 다른 오거니제이션의 것이거나, 다른 키의 것). 에이전트는 시작을 거부합니다.</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, and looking it up failed: %3. The agent retries this lookup 20 times, 3 s apart; if it fails that long, the agent exits, naming the id file although the id file may be right.</source>
        <translation>ID 파일 %1이 호스트 %2를 가리키지만 조회에 실패했습니다: %3. 에이전트는 이 조회를 3초 간격으로 20번 재시도하고, 그동안 계속 실패하면 종료합니다. ID 파일이 맞더라도 오류는 ID 파일을 지목합니다.</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, and looking it up failed: %3. The agent does not retry an answer like this: it exits at once, naming the id file although the fault is the key or its organization. Check the API key (its organization and permissions) before touching the id file.</source>
        <translation>ID 파일 %1이 호스트 %2를 가리키지만 조회에 실패했습니다: %3. 에이전트는 이런 응답을 재시도하지 않고 곧바로 종료합니다. 원인은 키나 그 오거니제이션인데도 오류는 ID 파일을 지목합니다. ID 파일을 건드리기 전에 API 키 (오거니제이션과 권한)를 확인하세요.</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, which belongs to &quot;%3&quot;, not to what this machine sends (&quot;%4&quot;): the id file was copied with a disk image, or the agent&apos;s cloud detection failed here. The agent would refuse to start.</source>
        <translation>ID 파일 %1이 가리키는 호스트 %2는 &quot;%3&quot;의 것이며, 이 머신이 보내는 값 (&quot;%4&quot;)의 것이 아닙니다: 디스크 이미지와 함께 ID 파일이 복사되었거나, 여기서 에이전트의 클라우드 감지가 실패했습니다. 에이전트는 시작을 거부합니다.</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, which is retired. mackerel-agent&apos;s code does not check for a retired host: given this host by the API, it reports its specs and metrics to it. Mackerel&apos;s documentation says an agent whose id file names a retired host fails to start; how the service refuses it is not documented. Either way this machine is not monitored, and a retired host cannot be brought back.</source>
        <translation>ID 파일 %1이 가리키는 호스트 %2는 퇴역했습니다. mackerel-agent 코드는 퇴역 여부를 확인하지 않습니다: API에서 이 호스트를 받으면 그 사양과 메트릭을 그곳에 보고합니다. Mackerel 문서는 퇴역한 호스트를 ID 파일이 가리키는 에이전트가 시작에 실패한다고 하지만, 서비스가 어떻게 거부하는지는 문서화되어 있지 않습니다. 어느 쪽이든 이 머신은 모니터링되지 않으며, 퇴역한 호스트는 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>A directory stands at the id file&apos;s path %1. The agent, reading no id there, would register a new host, then fail to save its id and exit; every start (a service manager restarts it) registers another host.</source>
        <translation>ID 파일 경로 %1에 디렉터리가 있습니다. 에이전트는 그곳에서 ID를 읽지 못해 새 호스트를 등록한 뒤, 그 ID를 저장하지 못하고 종료합니다. 시작할 때마다 (서비스 관리자가 다시 시작합니다) 다른 호스트를 등록합니다.</translation>
    </message>
    <message>
        <source>A directory stands at the id file&apos;s path %1. The agent, reading no id there, would find host %2 by its customIdentifier, then fail to save its id and exit, at every start.</source>
        <translation>ID 파일 경로 %1에 디렉터리가 있습니다. 에이전트는 그곳에서 ID를 읽지 못해 customIdentifier로 호스트 %2를 찾은 뒤, 그 ID를 저장하지 못하고 종료합니다. 시작할 때마다 그렇습니다.</translation>
    </message>
    <message>
        <source>move aside what stands at %1 (never delete the remote host) and write %2 into it</source>
        <translation>%1에 있는 것을 옮겨 두고 (원격 호스트는 절대 삭제하지 마세요) %2를 써 넣기</translation>
    </message>
    <message>
        <source>move %1 aside (never delete the remote host)</source>
        <translation>%1을 옮겨 두기 (원격 호스트는 절대 삭제하지 마세요)</translation>
    </message>
    <message>
        <source>make the agent detect its cloud, so that it sends the customIdentifier %1 (let root reach the instance metadata service: unblock it in the firewall or proxy settings, or raise the IMDSv2 hop limit)</source>
        <translation>에이전트가 클라우드를 감지해 customIdentifier %1을 보내게 하기 (root가 인스턴스 메타데이터 서비스에 닿게 하기: 방화벽이나 프록시 설정에서 차단을 풀거나 IMDSv2 홉 제한을 올리기)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1, 그리고 %2</translation>
    </message>
    <message>
        <source>the agent registers this machine as a new host</source>
        <translation>에이전트는 이 머신을 새 호스트로 등록합니다</translation>
    </message>
    <message>
        <source>Remedy (checked by the agent&apos;s own decision): %1, then start the agent: %2.</source>
        <translation>조치 (에이전트 자신의 판정으로 확인함): %1. 그다음 에이전트를 시작하면 %2.</translation>
    </message>
    <message>
        <source>This rests on the agent reading its instance metadata as root (mackerel-agent spec/cloud.go) and then sending the identifier the host carries; that the integration&apos;s identifier and the agent&apos;s agree is the inspector&apos;s reading of both, not documented.</source>
        <translation>이는 에이전트가 root로 인스턴스 메타데이터를 읽고 (mackerel-agent spec/cloud.go) 그 호스트가 가진 식별자를 보낸다는 것을 전제로 합니다. 인테그레이션의 식별자와 에이전트의 식별자가 일치한다는 것은 둘을 읽은 인스펙터의 판단이며 문서화되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>No change to the id file or to the identifier the agent sends makes the agent attach to or keep a host here without a duplicate (each was checked by the agent&apos;s own decision): decide by hand which host is this machine.</source>
        <translation>ID 파일이나 에이전트가 보내는 식별자를 어떻게 바꿔도 여기서 에이전트가 중복 없이 호스트를 인수하거나 계속 사용하지 않습니다 (모두 에이전트 자신의 판정으로 확인했습니다): 어느 호스트가 이 머신인지 직접 정하세요.</translation>
    </message>
    <message>
        <source>the agent attaches to host %1</source>
        <translation>에이전트는 호스트 %1을 인수합니다</translation>
    </message>
    <message>
        <source>the agent keeps using host %1</source>
        <translation>에이전트는 호스트 %1을 계속 사용합니다</translation>
    </message>
</context>
<context>
    <name>MemorySpec</name>
    <message>
        <source>memory left out: %1</source>
        <translation>memory 생략: %1</translation>
    </message>
</context>
<context>
    <name>MetadataCall</name>
    <message>
        <source>redirect to %1, not followed: metadata services never redirect</source>
        <translation>%1(으)로 리디렉션. 따르지 않습니다: 메타데이터 서비스는 리디렉션하지 않습니다</translation>
    </message>
    <message>
        <source> (try %1 of %2</source>
        <translation> (%2번 중 %1번째</translation>
    </message>
    <message>
        <source>, retrying in %1 ms)</source>
        <translation>, %1 ms 후 재시도)</translation>
    </message>
    <message>
        <source>; not retried: the agent would retry after %1 ms, to the same answer)</source>
        <translation>. 재시도하지 않음: 에이전트는 %1 ms 후 재시도하지만 같은 응답을 받습니다)</translation>
    </message>
</context>
<context>
    <name>MetadataEndpoints</name>
    <message>
        <source>the endpoint is empty</source>
        <translation>엔드포인트가 비어 있습니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos;은(는) 올바른 URL이 아닙니다</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an http:// URL</source>
        <translation>&apos;%1&apos;은(는) http:// URL이어야 합니다</translation>
    </message>
</context>
<context>
    <name>PlatformProbe</name>
    <message>
        <source>%1: not found (404)</source>
        <translation>%1: 찾을 수 없음 (404)</translation>
    </message>
</context>
<context>
    <name>PlaybookProgress</name>
    <message>
        <source>exit code %1</source>
        <translation>종료 코드 %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>명령줄 옵션 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 전용 옵션을 포함한 도움말을 표시합니다.</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>버전 정보를 표시합니다.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{키 %n개}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[항목 %n개]</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach: mackerel-agent will adopt the host already registered for this instance</source>
        <translation>Attach: mackerel-agent는 이 인스턴스용으로 이미 등록된 호스트를 이어받습니다</translation>
    </message>
    <message>
        <source>Create: mackerel-agent will register a new host</source>
        <translation>Create: mackerel-agent는 새 호스트를 등록합니다</translation>
    </message>
    <message>
        <source>Update: mackerel-agent will keep using the host in its id file</source>
        <translation>Update: mackerel-agent는 ID 파일의 호스트를 계속 씁니다</translation>
    </message>
    <message>
        <source>Mismatch: mackerel-agent will refuse to start (custom identifiers mismatch)</source>
        <translation>Mismatch: mackerel-agent는 시작을 거부합니다 (custom identifiers mismatch)</translation>
    </message>
    <message>
        <source>Missing host: mackerel-agent will refuse to start (its id file names a host Mackerel does not have)</source>
        <translation>Missing host: mackerel-agent는 시작을 거부합니다 (ID 파일이 Mackerel에 없는 호스트를 가리킴)</translation>
    </message>
    <message>
        <source>Cannot tell: the Mackerel API could not be asked</source>
        <translation>판단 불가: Mackerel API에 물을 수 없었습니다</translation>
    </message>
    <message>
        <source>Confirmed by the instance metadata service, as mackerel-agent would confirm it.</source>
        <translation>인스턴스 메타데이터 서비스로 확인했습니다 (mackerel-agent와 같은 방식).</translation>
    </message>
    <message>
        <source>Set by cloud_platform: mackerel-agent skips detection and uses this platform.</source>
        <translation>cloud_platform으로 지정: mackerel-agent는 검출을 건너뛰고 이 플랫폼을 씁니다.</translation>
    </message>
    <message>
        <source>No metadata service confirmed a cloud: mackerel-agent sends no cloud metadata and no customIdentifier.</source>
        <translation>어떤 메타데이터 서비스도 클라우드를 확인하지 않았습니다: mackerel-agent는 클라우드 메타데이터도 customIdentifier도 보내지 않습니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(비어 있음)</translation>
    </message>
    <message>
        <source>Lookup failed: mackerel-agent will exit (its id file&apos;s host could not be looked up)</source>
        <translation>Lookup failed: mackerel-agent는 종료됩니다 (ID 파일의 호스트를 조회하지 못했습니다)</translation>
    </message>
    <message>
        <source>Retired host: mackerel-agent&apos;s id file names a retired host; this machine is not monitored</source>
        <translation>Retired host: mackerel-agent의 ID 파일이 퇴역한 호스트를 가리킵니다. 이 머신은 모니터링되지 않습니다</translation>
    </message>
    <message>
        <source>Id file directory: mackerel-agent will exit at every start (a directory stands at the id file&apos;s path)</source>
        <translation>Id file directory: mackerel-agent는 시작할 때마다 종료됩니다 (ID 파일 경로에 디렉터리가 있습니다)</translation>
    </message>
</context>
<context>
    <name>RawJson</name>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>JSON 값 뒤에 예상하지 못한 내용이 있습니다</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>잘못된 리터럴</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>중첩이 %1단계를 넘습니다</translation>
    </message>
    <message>
        <source>the document ends too early</source>
        <translation>문서가 너무 일찍 끝납니다</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>예상하지 못한 문자 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>멤버 이름이 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>멤버 이름 뒤에 &apos;:&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>객체 안에 &apos;,&apos; 또는 &apos;}&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>배열 안에 &apos;,&apos; 또는 &apos;]&apos;가 필요합니다</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>\u 이스케이프가 잘렸습니다</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>잘못된 \u 이스케이프</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>닫히지 않은 문자열</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>문자열 안의 제어 문자</translation>
    </message>
    <message>
        <source>unterminated escape</source>
        <translation>닫히지 않은 이스케이프</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>잘못된 이스케이프</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>잘못된 숫자</translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translation>변경 없음</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>현재:</translation>
    </message>
    <message>
        <source>new:</source>
        <translation>변경:</translation>
    </message>
    <message>
        <source>Refused: the agent would not start here. %1</source>
        <translation>거부: 에이전트는 여기서 시작하지 않습니다. %1</translation>
    </message>
    <message>
        <source>Create a host on Mackerel (verdict create):</source>
        <translation>Mackerel에 호스트를 만듭니다 (판정 create):</translation>
    </message>
    <message>
        <source>Update host %1 on Mackerel (verdict %2):</source>
        <translation>Mackerel의 호스트 %1을(를) 업데이트합니다 (판정 %2):</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>드라이 런: 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>계속할까요? [y/N] </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>확인되지 않음: 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Created host %1.</source>
        <translation>호스트 %1을(를) 만들었습니다.</translation>
    </message>
    <message>
        <source>Created host %1 (its answer was lost; found by its customIdentifier, not posted again).</source>
        <translation>호스트 %1을(를) 만들었습니다 (응답은 사라졌지만 customIdentifier로 찾았으며 다시 보내지 않았습니다).</translation>
    </message>
    <message>
        <source>Updated host %1.</source>
        <translation>호스트 %1을(를) 업데이트했습니다.</translation>
    </message>
    <message>
        <source>Host %1 already holds all of it: nothing was sent.</source>
        <translation>호스트 %1이(가) 이미 모두 가지고 있습니다: 아무것도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>%1 The id file was not written: %2</source>
        <translation>%1 ID 파일은 쓰지 않았습니다: %2</translation>
    </message>
    <message>
        <source> Wrote its id to %1, as the agent would.</source>
        <translation> 에이전트처럼 그 ID를 %1에 썼습니다.</translation>
    </message>
    <message>
        <source> The agent will find it by its customIdentifier and write %1 at its start (or pass --write-id-file).</source>
        <translation> 에이전트는 customIdentifier로 이를 찾아 시작할 때 %1을(를) 씁니다 (또는 --write-id-file을 지정하세요).</translation>
    </message>
    <message>
        <source>Show what would change on Mackerel, and stop.</source>
        <translation>Mackerel에서 무엇이 바뀔지 보여 주고 멈춥니다.</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>확인을 묻지 않습니다.</translation>
    </message>
    <message>
        <source>Write the host id to the id file as the agent does (never over another id).</source>
        <translation>에이전트처럼 호스트 ID를 ID 파일에 씁니다 (다른 ID는 덮어쓰지 않음).</translation>
    </message>
    <message>
        <source>Register this host on Mackerel, or update the host the agent would use, with the payload the agent would send; never a duplicate. Shows the changes first.</source>
        <translation>이 호스트를 Mackerel에 등록하거나, 에이전트가 쓸 호스트를 에이전트가 보낼 페이로드로 업데이트합니다. 중복은 만들지 않습니다. 변경 사항을 먼저 보여 줍니다.</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>거부했습니다: %1.</translation>
    </message>
    <message>
        <source>checks (check monitors after the update)</source>
        <translation>checks (업데이트 후 체크 모니터)</translation>
    </message>
    <message>
        <source>roleFullnames (roles after the update; it only adds)</source>
        <translation>roleFullnames (업데이트 후 역할. 추가만 함)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>Then replace the roles (PUT /api/v0/hosts/%1/role-fullnames, asked separately):
  removes: %2
  roles after it: %3
</source>
        <translation>이어서 역할을 교체합니다 (PUT /api/v0/hosts/%1/role-fullnames, 따로 확인):
  제거: %2
  교체 후 역할: %3
</translation>
    </message>
    <message>
        <source>--replace-roles: the host has no role the payload lacks; no role is removed.
</source>
        <translation>--replace-roles: 호스트에 페이로드에 없는 역할이 없습니다. 제거되는 역할은 없습니다.
</translation>
    </message>
    <message>
        <source>Remove the roles %1 from host %2? [y/N] </source>
        <translation>호스트 %2에서 역할 %1을(를) 제거할까요? [y/N] </translation>
    </message>
    <message>
        <source>Updated host %1, and replaced its roles (removed: %2).</source>
        <translation>호스트 %1을(를) 업데이트하고 역할을 교체했습니다 (제거: %2).</translation>
    </message>
    <message>
        <source>What an update sends as checks, which the host&apos;s check monitors become: conf (the agent conf&apos;s; refused when no conf was read), host (keep the host&apos;s), none (remove them all).</source>
        <translation>업데이트가 checks로 보내는 것 (호스트의 체크 모니터는 이것이 됩니다): conf (에이전트 설정 파일의 것. 설정 파일을 읽지 않았으면 거부), host (호스트의 것을 유지), none (모두 삭제).</translation>
    </message>
    <message>
        <source>After the update, set the host&apos;s roles to exactly the payload&apos;s (PUT role-fullnames), removing the others; asked separately.</source>
        <translation>업데이트 후 호스트의 역할을 페이로드의 것만으로 설정합니다 (PUT role-fullnames). 나머지는 제거됩니다. 따로 확인합니다.</translation>
    </message>
    <message>
        <source>Do not ask before removing roles with --replace-roles.</source>
        <translation>--replace-roles로 역할을 제거하기 전에 묻지 않습니다.</translation>
    </message>
    <message>
        <source>--checks must be conf, host or none, not &apos;%1&apos;</source>
        <translation>--checks는 conf, host, none 중 하나입니다. &apos;%1&apos;은(는) 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>--yes-replace-roles needs --replace-roles</source>
        <translation>--yes-replace-roles에는 --replace-roles가 필요합니다</translation>
    </message>
    <message>
        <source>The options for these: --conf FILE, --checks host, --checks none.</source>
        <translation>해당 옵션: --conf FILE, --checks host, --checks none.</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>cannot create a temporary directory</source>
        <translation>임시 디렉터리를 만들 수 없습니다</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port taken?)</source>
        <translation>127.0.0.1:%1에서 대기할 수 없습니다 (포트가 사용 중?)</translation>
    </message>
    <message>
        <source>Simulating the %1 instance metadata service; instance %2. Stop with Ctrl+C.</source>
        <translation>%1 인스턴스 메타데이터 서비스를 시뮬레이션하는 중입니다. 인스턴스 %2. Ctrl+C로 멈춥니다.</translation>
    </message>
    <message>
        <source>Its /sys UUID files are under %1</source>
        <translation>/sys의 UUID 파일은 %1 아래에 있습니다</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>시험:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--hosts: cannot read %1: %2</source>
        <translation>--hosts: %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>--hosts: %1 is not {&quot;hosts&quot;: [...]} (%2)</source>
        <translation>--hosts: %1은(는) {&quot;hosts&quot;: [...]}가 아닙니다 (%2)</translation>
    </message>
    <message>
        <source>the Mackerel API simulator cannot listen on 127.0.0.1</source>
        <translation>Mackerel API 시뮬레이터가 127.0.0.1에서 대기할 수 없습니다</translation>
    </message>
    <message numerus="yes">
        <source>Mackerel API: %1 (seed %2, %n host(s))</source>
        <translation>
            <numerusform>Mackerel API: %1 (seed %2, 호스트 %n대)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo API key (opens only this simulator): %1, also in %2</source>
        <translation>데모 API 키 (이 시뮬레이터 전용): %1 (%2에도 있음)</translation>
    </message>
    <message>
        <source>Id file:</source>
        <translation>ID 파일:</translation>
    </message>
    <message>
        <source>none (the agent has not run here)</source>
        <translation>없음 (이 머신에서 에이전트가 아직 실행되지 않음)</translation>
    </message>
    <message>
        <source>Simulating %1: its instance metadata service refuses every connection (blocked); instance %2, named only by its firmware. Stop with Ctrl+C.</source>
        <translation>%1을(를) 시뮬레이션합니다: 인스턴스 메타데이터 서비스가 모든 연결을 거부합니다(차단됨). 인스턴스 %2은(는) 펌웨어만 알려 줍니다. Ctrl+C로 중지합니다.</translation>
    </message>
    <message>
        <source>Its /sys UUID and DMI (firmware) files are under %1</source>
        <translation>/sys UUID 및 DMI(펌웨어) 파일은 %1 아래에 있습니다</translation>
    </message>
</context>
<context>
    <name>SpecSection</name>
    <message>
        <source>no such file</source>
        <translation>파일 없음</translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message>
        <source>not collected</source>
        <translation>수집 안 함</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>알 수 없음</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>알 수 없는 모델</translation>
    </message>
    <message>
        <source>1 CPU: %1</source>
        <translation>CPU 1개: %1</translation>
    </message>
    <message>
        <source>%1 CPUs: %2</source>
        <translation>CPU %1개: %2</translation>
    </message>
    <message>
        <source>, swap %1</source>
        <translation>, 스왑 %1</translation>
    </message>
    <message>
        <source>, no swap</source>
        <translation>, 스왑 없음</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>메모리</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>디스크</translation>
    </message>
    <message>
        <source>, removable</source>
        <translation>, 이동식</translation>
    </message>
    <message>
        <source>none with a size</source>
        <translation>크기 있는 것 없음</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <translation>파일 시스템</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 used (%5)</source>
        <translation>%1 (%2): %4 중 %3 사용 (%5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>인터페이스</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>confirmed by the instance metadata service</source>
        <translation>인스턴스 메타데이터 서비스로 확인</translation>
    </message>
    <message>
        <source>set by cloud_platform; the agent skips detection</source>
        <translation>cloud_platform으로 지정. 에이전트는 검출을 건너뜁니다</translation>
    </message>
    <message>
        <source>no metadata service confirmed a cloud</source>
        <translation>어떤 메타데이터 서비스도 클라우드를 확인하지 않음</translation>
    </message>
    <message>
        <source>%1, by the firmware (the inspector&apos;s view, beyond the agent)</source>
        <translation>%1 (펌웨어 기준. 에이전트 범위 밖의 인스펙터 자체 관점)</translation>
    </message>
    <message>
        <source>; instance %1</source>
        <translation>. 인스턴스 %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>none valid (the agent would send &quot;%1&quot;; see warnings)</source>
        <translation>유효한 것 없음 (에이전트는 &quot;%1&quot;을(를) 보냅니다. 경고 참조)</translation>
    </message>
    <message>
        <source>none: the agent sends no customIdentifier</source>
        <translation>없음: 에이전트는 customIdentifier를 보내지 않습니다</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>클라우드 제공자</translation>
    </message>
    <message>
        <source>Cloud metadata</source>
        <translation>클라우드 메타데이터</translation>
    </message>
    <message>
        <source>none: the agent sends no cloud block</source>
        <translation>없음: 에이전트는 cloud 블록을 보내지 않습니다</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>실행 기반</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n request(s))</source>
        <translation>
            <numerusform>근거 (요청 %n건)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetMachineDetails</name>
    <message>
        <source>Mismatch: mackerel-agent refuses to start (its id file names a host with another customIdentifier)</source>
        <translation>Mismatch: mackerel-agent는 시작을 거부합니다 (ID 파일이 다른 customIdentifier를 가진 호스트를 가리킴)</translation>
    </message>
    <message>
        <source>Missing host: mackerel-agent refuses to start (its id file names a host Mackerel does not have)</source>
        <translation>Missing host: mackerel-agent는 시작을 거부합니다 (ID 파일이 Mackerel에 없는 호스트를 가리킴)</translation>
    </message>
    <message>
        <source>Duplicate: several live hosts are this one machine</source>
        <translation>Duplicate: 여러 활성 호스트가 이 한 머신입니다</translation>
    </message>
    <message>
        <source>Identifier missing: an agent host without customIdentifier; the next integration host duplicates it</source>
        <translation>Identifier missing: customIdentifier가 없는 에이전트 호스트. 다음에 인테그레이션이 등록할 호스트와 중복됩니다</translation>
    </message>
    <message>
        <source>Will attach: mackerel-agent will adopt the integration&apos;s host</source>
        <translation>Will attach: mackerel-agent는 인테그레이션의 호스트를 이어받습니다</translation>
    </message>
    <message>
        <source>Will create: mackerel-agent will register a new host</source>
        <translation>Will create: mackerel-agent는 새 호스트를 등록합니다</translation>
    </message>
    <message>
        <source>Integration only: a host without agent, and no report from the machine</source>
        <translation>Integration only: 에이전트가 없는 호스트이며 머신의 리포트도 없습니다</translation>
    </message>
    <message>
        <source>OK: nothing to do</source>
        <translation>OK: 할 일 없음</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>이름</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>등록 주체</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>결합 키</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Report from the machine</source>
        <translation>머신의 리포트</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>대처</translation>
    </message>
    <message>
        <source>Hosts on Mackerel</source>
        <translation>Mackerel의 호스트</translation>
    </message>
    <message>
        <source>Select a machine to see its hosts, its report, the evidence and the advice.</source>
        <translation>머신을 고르면 그 호스트, 리포트, 근거, 대처가 표시됩니다.</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(없음)</translation>
    </message>
    <message>
        <source>The host to keep</source>
        <translation>남길 호스트</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>결합</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>보강</translation>
    </message>
    <message>
        <source>note</source>
        <translation>참고</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>대처: %1</translation>
    </message>
    <message>
        <source>Host to keep (bold): %1</source>
        <translation>남길 호스트 (굵게): %1</translation>
    </message>
    <message>
        <source>No report: the playbook has not fetched one from this machine (yet).</source>
        <translation>리포트 없음: playbook이 이 머신에서 아직 리포트를 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>not reported (an older inspector)</source>
        <translation>보고 없음 (이전 버전 인스펙터)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1(으)로 결합</translation>
    </message>
    <message>
        <source>to no host</source>
        <translation>어느 호스트와도 결합 안 됨</translation>
    </message>
    <message>
        <source>; the agent would: %1</source>
        <translation>. 에이전트의 동작: %1</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>호스트 이름</translation>
    </message>
    <message>
        <source>Id file</source>
        <translation>ID 파일</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>결합</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>%1 (inspector %2)</source>
        <translation>%1 (인스펙터 %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>비어 있음</translation>
    </message>
    <message>
        <source>holds host %1</source>
        <translation>호스트 %1 보유</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>읽을 수 없음</translation>
    </message>
    <message>
        <source>Retired host: mackerel-agent&apos;s id file names a retired host; the machine is not monitored</source>
        <translation>Retired host: mackerel-agent의 ID 파일이 퇴역한 호스트를 가리킵니다. 머신은 모니터링되지 않습니다</translation>
    </message>
    <message>
        <source>Id file directory: a directory stands at the id file&apos;s path; the agent exits at every start</source>
        <translation>Id file directory: ID 파일 경로에 디렉터리가 있습니다. 에이전트는 시작할 때마다 종료됩니다</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetMachineModel</name>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>있음</translation>
    </message>
    <message>
        <source>no</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>머신</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>리포트</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>대처</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetPlanDialog</name>
    <message>
        <source>Repair plan</source>
        <translation>복구 계획</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>머신</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>판정</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>What each will change</source>
        <translation>각각이 바꾸는 것</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>차단 이유</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Verdict before → after</source>
        <translation>판정 전 → 후</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>일어난 일</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>계획 저장…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>적용…</translation>
    </message>
    <message>
        <source>Cancel apply</source>
        <translation>적용 취소</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>plan.json (its journal is kept next to it)</source>
        <translation>plan.json(저널은 그 옆에 보관됩니다)</translation>
    </message>
    <message>
        <source>the Ansible inventory of the machines</source>
        <translation>머신의 Ansible 인벤토리</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>Save the repair plan</source>
        <translation>복구 계획 저장</translation>
    </message>
    <message>
        <source>The Ansible inventory of the machines</source>
        <translation>머신의 Ansible 인벤토리</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>계획 파일</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>인벤토리</translation>
    </message>
    <message>
        <source>%1 machines to repair, %2 with automatic steps; hosts to be retired: %3</source>
        <translation>복구할 머신 %1대, 그중 자동 단계가 있는 것 %2대. 퇴역시킬 호스트: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>없음</translation>
    </message>
    <message>
        <source>Apply the plan to %1 machines (%2) of the inventory %3: their id files are moved aside and their agents restarted, each is checked, and then these hosts are retired on Mackerel: %4.</source>
        <translation>인벤토리 %3의 머신 %1대(%2)에 계획을 적용합니다. id 파일을 옮겨 두고 에이전트를 재시작하며, 각각을 확인한 뒤 Mackerel에서 다음 호스트를 퇴역시킵니다: %4.</translation>
    </message>
    <message>
        <source>Give the plan file first.</source>
        <translation>먼저 계획 파일을 지정하십시오.</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>계획을 %1에 썼습니다</translation>
    </message>
    <message>
        <source>Give the inventory first.</source>
        <translation>먼저 인벤토리를 지정하십시오.</translation>
    </message>
    <message>
        <source>repair.yml not found next to inspect.yml</source>
        <translation>inspect.yml 옆에서 repair.yml을 찾을 수 없습니다</translation>
    </message>
    <message>
        <source>Apply the repair plan</source>
        <translation>복구 계획 적용</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>적용</translation>
    </message>
    <message>
        <source>cannot read the plan %1: %2</source>
        <translation>계획 %1을(를) 읽을 수 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan: %2</source>
        <translation>%1은(는) 계획이 아닙니다: %2</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>계획을 적용하는 중…</translation>
    </message>
    <message>
        <source>Nothing to do: every automatic step of this plan is done.</source>
        <translation>할 일이 없습니다: 이 계획의 자동 단계는 모두 완료되었습니다.</translation>
    </message>
    <message>
        <source>Apply ended; retired: %1</source>
        <translation>적용이 끝났습니다. 퇴역시킨 호스트: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetSession</name>
    <message>
        <source>%1, no API key</source>
        <translation>%1, API 키 없음</translation>
    </message>
    <message>
        <source>%1, key from %2</source>
        <translation>%1, 키는 %2에서</translation>
    </message>
    <message>
        <source>The playbook is already running.</source>
        <translation>playbook이 이미 실행 중입니다.</translation>
    </message>
    <message>
        <source>The reports folder %1 cannot be created.</source>
        <translation>리포트 폴더 %1을(를) 만들 수 없습니다.</translation>
    </message>
    <message>
        <source>No Mackerel API key: type one in the Mackerel tab, or set MACKEREL_APIKEY or --apikey-file. A read-only key is enough.</source>
        <translation>Mackerel API 키가 없습니다: Mackerel 탭에서 입력하거나 MACKEREL_APIKEY 또는 --apikey-file을 설정하세요. 읽기 전용 키로 충분합니다.</translation>
    </message>
    <message>
        <source>Cannot read the organization: %1</source>
        <translation>오거니제이션을 읽을 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1에 쓸 수 없습니다: %2</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetView</name>
    <message>
        <source>Open reports folder…</source>
        <translation>리포트 폴더 열기…</translation>
    </message>
    <message>
        <source>A folder of &apos;inspect --json&apos; reports, such as the playbook&apos;s reports_dir (Ctrl+O)</source>
        <translation>&apos;inspect --json&apos; 리포트 폴더 (playbook의 reports_dir 등) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Re-read hosts</source>
        <translation>호스트 다시 읽기</translation>
    </message>
    <message>
        <source>List the organization&apos;s hosts again and join them with the reports</source>
        <translation>오거니제이션의 호스트를 다시 나열하고 리포트와 결합합니다</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON 내보내기…</translation>
    </message>
    <message>
        <source>The whole audit, as &apos;fleet --json&apos; prints it (Ctrl+E)</source>
        <translation>감사 전체를 &apos;fleet --json&apos;과 같은 형식으로 (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV 내보내기…</translation>
    </message>
    <message>
        <source>One line a machine, as &apos;fleet --csv&apos; prints it (Ctrl+Shift+E)</source>
        <translation>머신마다 한 줄, &apos;fleet --csv&apos;와 같은 형식으로 (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>머신</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>플레이북</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>경고</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>실행 중: %1</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>판정 필터</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>판정(&amp;V)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
    <message>
        <source>an Ansible inventory file (hosts.ini, inventory.yml)</source>
        <translation>Ansible 인벤토리 파일 (hosts.ini, inventory.yml)</translation>
    </message>
    <message>
        <source>contrib/ansible/inspect.yml</source>
        <translation>contrib/ansible/inspect.yml</translation>
    </message>
    <message>
        <source>mackerel-inspector (the playbook&apos;s default: found in PATH on each machine)</source>
        <translation>mackerel-inspector (playbook 기본값: 각 머신의 PATH에서 찾음)</translation>
    </message>
    <message>
        <source>extra arguments for &apos;inspect&apos; on each machine, e.g. --timeout 5000</source>
        <translation>각 머신에서 &apos;inspect&apos;에 줄 추가 인수 (예: --timeout 5000)</translation>
    </message>
    <message>
        <source>Run playbook</source>
        <translation>playbook 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>실행 안 함.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>호스트</translation>
    </message>
    <message>
        <source>State</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>태스크</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>인벤토리</translation>
    </message>
    <message>
        <source>Ansible inventory</source>
        <translation>Ansible 인벤토리</translation>
    </message>
    <message>
        <source>inspect.yml</source>
        <translation>inspect.yml</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>리포트 폴더</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>인스펙터</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>인수</translation>
    </message>
    <message>
        <source>Open a reports folder</source>
        <translation>리포트 폴더 열기</translation>
    </message>
    <message>
        <source>Choose an inventory and the playbook (contrib/ansible/inspect.yml) first.</source>
        <translation>먼저 인벤토리와 playbook(contrib/ansible/inspect.yml)을 고르세요.</translation>
    </message>
    <message>
        <source>No temporary folder for the reports: %1</source>
        <translation>리포트용 임시 폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>Starting ansible-playbook; reports land in %1</source>
        <translation>ansible-playbook을 시작합니다. 리포트는 %1에 도착합니다</translation>
    </message>
    <message>
        <source>%1 of %2 hosts ok.</source>
        <translation>호스트 %2대 중 %1대 ok.</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>종료: %1</translation>
    </message>
    <message>
        <source>Playbook finished</source>
        <translation>playbook 종료</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>전체 (%1)</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>경고 없음.</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>경고 (%1)</translation>
    </message>
    <message>
        <source>No folder open</source>
        <translation>열린 폴더 없음</translation>
    </message>
    <message>
        <source>Open a folder of reports (the playbook&apos;s reports_dir), or run the playbook on an inventory in the Playbook tab below. Mackerel: %1.</source>
        <translation>리포트 폴더(playbook의 reports_dir)를 열거나, 아래 Playbook 탭에서 인벤토리에 playbook을 실행하세요. Mackerel: %1.</translation>
    </message>
    <message>
        <source>Reading the reports in %1…</source>
        <translation>%1의 리포트를 읽는 중…</translation>
    </message>
    <message>
        <source>Joining the new reports with the hosts listed…</source>
        <translation>새 리포트를 나열된 호스트와 결합하는 중…</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s hosts (%1)…</source>
        <translation>오거니제이션의 호스트를 나열하는 중 (%1)…</translation>
    </message>
    <message>
        <source>No machines yet.</source>
        <translation>아직 머신이 없습니다.</translation>
    </message>
    <message>
        <source>Select a machine to see its hosts, report, evidence and advice.</source>
        <translation>머신을 고르면 그 호스트, 리포트, 근거, 대처가 표시됩니다.</translation>
    </message>
    <message>
        <source>Exported %1 machines to %2</source>
        <translation>머신 %1대를 %2(으)로 내보냈습니다</translation>
    </message>
    <message>
        <source>Export the audit as JSON</source>
        <translation>감사를 JSON으로 내보내기</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>감사를 CSV로 내보내기</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Plan repair…</source>
        <translation>복구 계획…</translation>
    </message>
    <message>
        <source>The steps that end each duplicate and refusal, as &apos;fleet --plan&apos; writes them; apply them from there</source>
        <translation>각 중복과 시작 거부를 해소하는 단계(&apos;fleet --plan&apos;이 쓰는 것). 거기서 적용할 수 있습니다</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>모든 서비스</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>서비스 필터</translation>
    </message>
    <message>
        <source>List only the hosts of this service, as &apos;fleet --service&apos; does</source>
        <translation>이 서비스의 호스트만 나열합니다 (&apos;fleet --service&apos;와 같음)</translation>
    </message>
    <message>
        <source>all roles</source>
        <translation>모든 역할</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>역할 필터</translation>
    </message>
    <message>
        <source>Only these roles of the service, separated by commas, as &apos;fleet --role&apos; does</source>
        <translation>서비스 중 이 역할만 (쉼표로 구분, &apos;fleet --role&apos;과 같음)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>서비스</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Run inspect as root (become)</source>
        <translation>inspect를 root로 실행 (become)</translation>
    </message>
    <message>
        <source>the inventory&apos;s (the playbook&apos;s default: as root)</source>
        <translation>인벤토리 설정 (플레이북 기본값: root로 실행)</translation>
    </message>
    <message>
        <source>as root (become), as the agent runs</source>
        <translation>root로 실행 (become), 에이전트와 같음</translation>
    </message>
    <message>
        <source>as the connecting user (no become)</source>
        <translation>접속 사용자로 실행 (become 없음)</translation>
    </message>
    <message>
        <source>Become</source>
        <translation>권한 상승 (become)</translation>
    </message>
    <message>
        <source>Open reports folder</source>
        <translation>보고서 폴더 열기</translation>
    </message>
    <message>
        <source>Machine, playbook and warnings</source>
        <translation>머신, playbook, 경고</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>머신</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 찾아보기</translation>
    </message>
    <message>
        <source>empty: the folder open above (the run adds to its audit), else a new folder under %1</source>
        <translation>비워 두면: 위에서 연 폴더 (실행 결과가 그 감사에 더해집니다), 없으면 %1 아래의 새 폴더</translation>
    </message>
    <message>
        <source>Playbook progress</source>
        <translation>playbook 진행 상황</translation>
    </message>
    <message>
        <source>%1 from %2 and %3; %4 to fix (mismatch, missing host, duplicate). Read-only: nothing is changed on Mackerel.</source>
        <translation>%2와(과) %3에서 %1; 조치 필요 %4대 (mismatch, missing host, duplicate). 읽기 전용: Mackerel에서는 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>머신 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live host(s)</source>
        <translation>
            <numerusform>활성 호스트 %n대</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>보고서 %n건</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mi::ui::HostComparisonView</name>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>이 머신</translation>
    </message>
    <message>
        <source>On Mackerel</source>
        <translation>Mackerel</translation>
    </message>
    <message>
        <source>Field an update changes</source>
        <translation>업데이트로 바뀌는 필드</translation>
    </message>
    <message>
        <source>On Mackerel now</source>
        <translation>현재 Mackerel</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>업데이트 후</translation>
    </message>
    <message>
        <source>On Mackerel: %1</source>
        <translation>Mackerel: %1</translation>
    </message>
    <message>
        <source>(none: keeps Mackerel&apos;s)</source>
        <translation>(없음: Mackerel 값 유지)</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>displayName</source>
        <translation>displayName</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>roles</source>
        <translation>roles</translation>
    </message>
    <message>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <source>(set on Mackerel)</source>
        <translation>(Mackerel에서 설정)</translation>
    </message>
    <message>
        <source>agent version</source>
        <translation>에이전트 버전</translation>
    </message>
    <message>
        <source>(the agent sends its own)</source>
        <translation>(에이전트가 직접 보냄)</translation>
    </message>
    <message>
        <source>(no agent yet)</source>
        <translation>(에이전트 아직 없음)</translation>
    </message>
    <message>
        <source>An update would change nothing on Mackerel.</source>
        <translation>업데이트해도 Mackerel에서 바뀌는 것이 없습니다.</translation>
    </message>
    <message numerus="yes">
        <source>An update would change %n field(s) on Mackerel (nothing the host has and this machine does not state is taken away):</source>
        <translation>
            <numerusform>업데이트하면 Mackerel에서 필드 %n개가 바뀝니다 (호스트에 있고 이 머신이 지정하지 않은 것은 지워지지 않습니다):</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine and the host on Mackerel, side by side</source>
        <translation>이 머신과 Mackerel의 호스트 나란히 비교</translation>
    </message>
    <message>
        <source>What an update would change</source>
        <translation>업데이트로 바뀌는 것</translation>
    </message>
</context>
<context>
    <name>mi::ui::HostSpecView</name>
    <message>
        <source>Search keys and values…</source>
        <translation>키와 값 검색…</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON으로 복사</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>JSON으로 저장…</translation>
    </message>
    <message>
        <source>Copied the host payload as JSON.</source>
        <translation>호스트 페이로드를 JSON으로 복사했습니다.</translation>
    </message>
    <message>
        <source>Save the host payload</source>
        <translation>호스트 페이로드 저장</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1을(를) 저장했습니다</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1을(를) 저장할 수 없습니다: %2</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>키와 값 검색</translation>
    </message>
    <message>
        <source>Host payload</source>
        <translation>호스트 페이로드</translation>
    </message>
</context>
<context>
    <name>mi::ui::InspectionSession</name>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>Asking the instance metadata services…</source>
        <translation>인스턴스 메타데이터 서비스에 묻는 중…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>취소했습니다.</translation>
    </message>
    <message>
        <source>Detection finished: %1 requests. Collecting the host specs…</source>
        <translation>검출 완료: 요청 %1건. 호스트 스펙을 수집하는 중…</translation>
    </message>
    <message>
        <source>Done: %1 requests, host payload collected.</source>
        <translation>완료: 요청 %1건, 호스트 페이로드를 수집했습니다.</translation>
    </message>
</context>
<context>
    <name>mi::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelPanel</name>
    <message>
        <source>From %1</source>
        <translation>%1에서</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>configured (%1); type to use another key</source>
        <translation>설정됨 (%1). 다른 키를 쓰려면 입력하세요</translation>
    </message>
    <message>
        <source>not set: type a key, or set MACKEREL_APIKEY or --apikey-file</source>
        <translation>설정 안 됨: 키를 입력하거나 MACKEREL_APIKEY 또는 --apikey-file을 설정하세요</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>등록…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>필드</translation>
    </message>
    <message>
        <source>On Mackerel now</source>
        <translation>현재 Mackerel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>변경 후</translation>
    </message>
    <message>
        <source>Write the host id file, as the agent would</source>
        <translation>에이전트처럼 호스트 ID 파일 쓰기</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>확정</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API 기본 URL</translation>
    </message>
    <message>
        <source>Host id file</source>
        <translation>호스트 ID 파일</translation>
    </message>
    <message>
        <source>The API base must be an http(s) URL; keeping %1.</source>
        <translation>API 기본 URL은 http(s) URL이어야 합니다. %1을(를) 유지합니다.</translation>
    </message>
    <message>
        <source>Asking Mackerel what the agent would find…</source>
        <translation>에이전트가 무엇을 찾을지 Mackerel에 묻는 중…</translation>
    </message>
    <message>
        <source>Host %1 — name %2%3, status %4, %5</source>
        <translation>호스트 %1 — 이름 %2%3, 상태 %4, %5</translation>
    </message>
    <message>
        <source>, display name %1</source>
        <translation>, 표시 이름 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate host(s)</source>
        <translation>
            <numerusform>후보 호스트 %n대</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>아직 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>Waiting for the detection and the host specs…</source>
        <translation>검출과 호스트 스펙을 기다리는 중…</translation>
    </message>
    <message>
        <source>Register a new host…</source>
        <translation>새 호스트 등록…</translation>
    </message>
    <message>
        <source>Update host %1…</source>
        <translation>호스트 %1 업데이트…</translation>
    </message>
    <message>
        <source>The verdict does not allow it: %1</source>
        <translation>판정상 할 수 없습니다: %1</translation>
    </message>
    <message>
        <source>Check the match first.</source>
        <translation>먼저 대조를 확인하세요.</translation>
    </message>
    <message>
        <source>Reading the host on Mackerel to show what would change…</source>
        <translation>바뀔 내용을 보여 주려고 Mackerel의 호스트를 읽는 중…</translation>
    </message>
    <message>
        <source>Nothing would change on Mackerel.</source>
        <translation>Mackerel에서 바뀌는 것이 없습니다.</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>보내는 중…</translation>
    </message>
    <message>
        <source>Done: %1 host %2. %3</source>
        <translation>완료: %1 호스트 %2. %3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>실패: %1</translation>
    </message>
    <message>
        <source>the instance %1</source>
        <translation>인스턴스 %1</translation>
    </message>
    <message>
        <source>the MAC address %1</source>
        <translation>MAC 주소 %1</translation>
    </message>
    <message>
        <source>• host %1 &quot;%2&quot; (%3) shares %4: the agent would create a duplicate next to it.</source>
        <translation>• 호스트 %1 &quot;%2&quot; (%3)은(는) %4을(를) 공유합니다: 에이전트는 그 옆에 중복을 만듭니다.</translation>
    </message>
    <message>
        <source>Lookalikes: hosts that are this machine without its customIdentifier
</source>
        <translation>같은 머신으로 보이는 호스트: customIdentifier는 없지만 이 머신인 호스트
</translation>
    </message>
    <message>
        <source>&amp;Check match</source>
        <translation>대조 확인</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>확인 중…</translation>
    </message>
    <message>
        <source>Firmware&apos;s identifier on Mackerel</source>
        <translation>Mackerel의 펌웨어 식별자</translation>
    </message>
    <message>
        <source>not looked up: %1</source>
        <translation>조회하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>no host carries it</source>
        <translation>이를 가진 호스트가 없습니다</translation>
    </message>
    <message>
        <source>held by host %1 &quot;%2&quot; (%3, %4)</source>
        <translation>호스트 %1 &quot;%2&quot; (%3, %4)이(가) 가지고 있습니다</translation>
    </message>
    <message>
        <source>Firmware&apos;s identifier %1: %2</source>
        <translation>펌웨어 식별자 %1: %2</translation>
    </message>
    <message>
        <source>Mackerel</source>
        <translation>Mackerel</translation>
    </message>
    <message>
        <source>Check match</source>
        <translation>대조 확인</translation>
    </message>
    <message>
        <source>Register or update</source>
        <translation>등록 또는 업데이트</translation>
    </message>
    <message>
        <source>Changes on Mackerel</source>
        <translation>Mackerel의 변경 사항</translation>
    </message>
    <message>
        <source>Write the host id file</source>
        <translation>호스트 ID 파일 쓰기</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>%1에 확인함</translation>
    </message>
    <message>
        <source>Create anyway, knowing it duplicates host %1</source>
        <translation>호스트 %1과(와) 중복됨을 알고도 생성</translation>
    </message>
    <message>
        <source>The API settings changed: check the match again first.</source>
        <translation>API 설정이 바뀌었습니다: 먼저 대조를 다시 확인하세요.</translation>
    </message>
    <message>
        <source>This creates a duplicate of host %1.</source>
        <translation>호스트 %1의 중복을 만듭니다.</translation>
    </message>
    <message>
        <source>Not offered: host %1 is this machine by its evidence, and a new host would duplicate it. Write its id into the id file instead, or tick the box above to create anyway.</source>
        <translation>제공하지 않음: 근거로 보아 호스트 %1은(는) 이 머신이며, 새 호스트는 그 중복이 됩니다. 대신 그 ID를 ID 파일에 쓰거나, 그래도 만들려면 위의 확인란을 선택하세요.</translation>
    </message>
    <message>
        <source>Host %1 already holds all of it: nothing to update.</source>
        <translation>호스트 %1에 이미 모두 있습니다: 업데이트할 것이 없습니다.</translation>
    </message>
    <message>
        <source>Without a customIdentifier the agent finds the new host only by the id file: it is written with it.</source>
        <translation>customIdentifier가 없으므로 에이전트는 ID 파일로만 새 호스트를 찾습니다: ID 파일도 함께 씁니다.</translation>
    </message>
    <message>
        <source>Refused, nothing was sent: %1</source>
        <translation>거부됨, 아무것도 보내지 않았습니다: %1</translation>
    </message>
    <message>
        <source>Checking the match again…</source>
        <translation>대조를 다시 확인하는 중…</translation>
    </message>
    <message>
        <source>Check monitors: as the agent conf lists</source>
        <translation>체크 모니터: 에이전트 설정 파일대로</translation>
    </message>
    <message>
        <source>Check monitors: keep the host&apos;s</source>
        <translation>체크 모니터: 호스트의 것을 유지</translation>
    </message>
    <message>
        <source>Check monitors: none (remove them)</source>
        <translation>체크 모니터: 없음 (삭제)</translation>
    </message>
    <message>
        <source>Check monitors after the update</source>
        <translation>업데이트 후 체크 모니터</translation>
    </message>
    <message>
        <source>An update sends a list of checks, and Mackerel keeps only those check monitors of the host. Without an agent conf, the conf&apos;s list is unknown and the update is refused.</source>
        <translation>업데이트는 checks 목록을 보내고, Mackerel은 호스트의 체크 모니터 중 그것만 남깁니다. 에이전트 설정 파일이 없으면 그 목록을 알 수 없으므로 업데이트는 거부됩니다.</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will change on Mackerel. Roles are only added, and no field this side leaves empty is cleared. Confirm to send it, or Esc to discard.</source>
        <translation>
            <numerusform>Mackerel에서 %n개 항목이 바뀝니다. 역할은 추가만 되고, 이쪽이 비워 둔 항목은 지워지지 않습니다. 보내려면 확인을, 취소하려면 Esc를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>경고: %1</translation>
    </message>
    <message>
        <source>check monitors after the update</source>
        <translation>업데이트 후 체크 모니터</translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelSession</name>
    <message>
        <source>typed in the window</source>
        <translation>창에서 입력</translation>
    </message>
    <message>
        <source>Wrote host id %1 to %2, as the agent would.</source>
        <translation>에이전트처럼 호스트 ID %1을(를) %2에 썼습니다.</translation>
    </message>
    <message>
        <source>The host id file was not written: %1</source>
        <translation>호스트 ID 파일을 쓰지 않았습니다: %1</translation>
    </message>
</context>
<context>
    <name>mi::ui::MainWindow</name>
    <message>
        <source>&amp;Re-run detection</source>
        <translation>검출 다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>취소(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy customIdentifier</source>
        <translation>customIdentifier 복사(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>메인</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>근거</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>키</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>값</translation>
    </message>
    <message>
        <source>Cloud metadata</source>
        <translation>클라우드 메타데이터</translation>
    </message>
    <message>
        <source>Host specs</source>
        <translation>호스트 스펙</translation>
    </message>
    <message>
        <source>Mackerel</source>
        <translation>Mackerel</translation>
    </message>
    <message>
        <source>Mackerel: %1</source>
        <translation>Mackerel: %1</translation>
    </message>
    <message>
        <source>Detecting…</source>
        <translation>검출 중…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>실행 안 함</translation>
    </message>
    <message>
        <source>Asking each cloud&apos;s instance metadata service the way mackerel-agent does.</source>
        <translation>mackerel-agent와 같은 방식으로 각 클라우드의 인스턴스 메타데이터 서비스에 묻는 중입니다.</translation>
    </message>
    <message>
        <source>waiting for the metadata services</source>
        <translation>메타데이터 서비스를 기다리는 중</translation>
    </message>
    <message>
        <source>none: the agent sends no customIdentifier</source>
        <translation>없음: 에이전트는 customIdentifier를 보내지 않습니다</translation>
    </message>
    <message>
        <source>none valid: see the warnings</source>
        <translation>유효한 것 없음: 경고 참조</translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation>경고:
</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>제공자</translation>
    </message>
    <message>
        <source>Cloud metadata (%1)</source>
        <translation>클라우드 메타데이터 (%1)</translation>
    </message>
    <message>
        <source>Collecting after the detection…</source>
        <translation>검출 후 수집합니다…</translation>
    </message>
    <message>
        <source>Not collected.</source>
        <translation>수집 안 함.</translation>
    </message>
    <message>
        <source>The body mackerel-agent would POST to /api/v0/hosts. %1</source>
        <translation>mackerel-agent가 /api/v0/hosts에 POST할 본문입니다. %1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1을(를) 복사했습니다</translation>
    </message>
    <message>
        <source>Firmware cross-check</source>
        <translation>펌웨어 교차 확인</translation>
    </message>
    <message>
        <source>The firmware and mackerel-agent disagree</source>
        <translation>펌웨어와 mackerel-agent의 판단이 다릅니다</translation>
    </message>
    <message>
        <source>The inspector&apos;s own view from the DMI firmware files, beyond mackerel-agent&apos;s three clouds. It never changes what the agent detects or sends.</source>
        <translation>DMI 펌웨어 파일로 본 인스펙터 자체의 관점으로, mackerel-agent의 세 클라우드 범위를 넘습니다. 에이전트가 검출하거나 보내는 것은 아무것도 바꾸지 않습니다.</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>실행 기반</translation>
    </message>
    <message>
        <source>%1, by the firmware (the inspector&apos;s view, beyond the agent)%2</source>
        <translation>%1 (펌웨어 기준. 에이전트 범위 밖의 인스펙터 자체 관점)%2</translation>
    </message>
    <message>
        <source>; instance %1</source>
        <translation>. 인스턴스 %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>플릿</translation>
    </message>
    <message>
        <source>Re-run detection</source>
        <translation>감지 다시 실행</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>Copy customIdentifier</source>
        <translation>customIdentifier 복사</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>탭</translation>
    </message>
</context>
<context>
    <name>mi::ui::PlaybookRunner</name>
    <message>
        <source>ansible-playbook is not installed or not in PATH: install Ansible (Debian: apt-get install ansible-core).</source>
        <translation>ansible-playbook이 설치되지 않았거나 PATH에 없습니다: Ansible을 설치하세요 (Debian: apt-get install ansible-core).</translation>
    </message>
    <message>
        <source>ansible-playbook could not be started: check that it is executable.</source>
        <translation>ansible-playbook을 시작할 수 없었습니다: 실행 가능한지 확인하세요.</translation>
    </message>
    <message>
        <source>ansible-playbook stopped with an error (exit 1): check the inventory and the playbook path%1.</source>
        <translation>ansible-playbook이 오류로 멈췄습니다 (exit 1): 인벤토리와 playbook 경로를 확인하세요%1.</translation>
    </message>
    <message>
        <source>A task failed on one or more hosts (exit %1): see each host&apos;s message; the other hosts&apos; reports are read.</source>
        <translation>하나 이상의 호스트에서 태스크가 실패했습니다 (exit %1): 각 호스트의 메시지를 보세요. 다른 호스트의 리포트는 읽습니다.</translation>
    </message>
    <message>
        <source>One or more hosts could not be reached (exit %1): check SSH access to them; the other hosts&apos; reports are read.</source>
        <translation>하나 이상의 호스트에 도달할 수 없었습니다 (exit %1): SSH 접근을 확인하세요. 다른 호스트의 리포트는 읽습니다.</translation>
    </message>
    <message>
        <source>ansible-playbook could not parse the playbook, the inventory or the extra arguments (exit 4)%1.</source>
        <translation>ansible-playbook이 playbook, 인벤토리 또는 추가 인수를 해석하지 못했습니다 (exit 4)%1.</translation>
    </message>
    <message>
        <source>ansible-playbook rejected its options (exit 5)%1.</source>
        <translation>ansible-playbook이 옵션을 거부했습니다 (exit 5)%1.</translation>
    </message>
    <message>
        <source>ansible-playbook was interrupted (exit 99).</source>
        <translation>ansible-playbook이 중단되었습니다 (exit 99).</translation>
    </message>
    <message>
        <source>ansible-playbook ended abnormally (exit %1)%2.</source>
        <translation>ansible-playbook이 비정상 종료했습니다 (exit %1)%2.</translation>
    </message>
    <message>
        <source>Cancelled: the playbook was stopped.</source>
        <translation>취소됨: playbook을 멈췄습니다.</translation>
    </message>
</context>
<context>
    <name>mi::ui::ProbeTableModel</name>
    <message>
        <source>Platform</source>
        <translation>플랫폼</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>메서드</translation>
    </message>
    <message>
        <source>URL or file</source>
        <translation>URL 또는 파일</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>시간</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>결과</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>상세</translation>
    </message>
    <message>
        <source>The firmware says this machine is on %1, but this request was not answered: this is why the agent does not detect it (see the banner above).</source>
        <translation>펌웨어는 이 머신이 %1에 있다고 하지만 이 요청에는 응답이 없었습니다: 에이전트가 이를 감지하지 못하는 이유입니다 (위의 배너 참조).</translation>
    </message>
</context>
<context>
    <name>mi::ui::ReportFolderWatcher</name>
    <message>
        <source>%1 is left out: %2 bytes is more than a report holds (%3 at most)</source>
        <translation>%1은(는) 제외합니다: %2바이트는 리포트로서는 너무 큽니다 (최대 %3)</translation>
    </message>
    <message>
        <source>%1 is left out for now: %2 (read again when it changes)</source>
        <translation>%1은(는) 지금은 제외합니다: %2 (바뀌면 다시 읽습니다)</translation>
    </message>
    <message>
        <source>%1 does not exist (any more)</source>
        <translation>%1이(가) (더는) 없습니다</translation>
    </message>
</context>
<context>
    <name>mi::ui::ScreenshotWriter</name>
    <message>
        <source>there is no image to write</source>
        <translation>저장할 이미지가 없습니다</translation>
    </message>
    <message>
        <source>cannot compress the image (out of memory?)</source>
        <translation>이미지를 압축할 수 없습니다 (메모리 부족?)</translation>
    </message>
</context>
</TS>
