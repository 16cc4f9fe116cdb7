<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>AgentConfig</name>
    <message>
        <source>an array</source>
        <translation>配列</translation>
    </message>
    <message>
        <source>an integer</source>
        <translation>整数</translation>
    </message>
    <message>
        <source>a date/time</source>
        <translation>日時</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>何もない値</translation>
    </message>
    <message>
        <source>%1: is a directory, not a configuration file</source>
        <translation>%1: ディレクトリです。設定ファイルではありません</translation>
    </message>
    <message>
        <source>%1: cannot read it (%2)</source>
        <translation>%1: 読み込めません (%2)</translation>
    </message>
    <message>
        <source>%1:%2:%3: invalid TOML: %4</source>
        <translation>%1:%2:%3: TOML として不正です: %4</translation>
    </message>
    <message>
        <source>`%1` must be %2, not %3</source>
        <translation>`%1` は %2 でなければなりません (%3 ではなく)</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true または false</translation>
    </message>
    <message>
        <source>an array of strings</source>
        <translation>文字列の配列</translation>
    </message>
    <message>
        <source>cloud_platform must be one of &quot;auto&quot;, &quot;none&quot;, &quot;ec2&quot;, &quot;gce&quot;, &quot;azurevm&quot; (lowercase); not &quot;%1&quot;</source>
        <translation>cloud_platform は &quot;auto&quot;、&quot;none&quot;、&quot;ec2&quot;、&quot;gce&quot;、&quot;azurevm&quot; (小文字) のいずれかです。&quot;%1&quot; は使えません</translation>
    </message>
    <message>
        <source>`%1.command` must be a string or a non-empty array of strings</source>
        <translation>`%1.command` は文字列か、空でない文字列の配列でなければなりません</translation>
    </message>
    <message>
        <source>%1; it is missing</source>
        <translation>%1。指定がありません</translation>
    </message>
    <message>
        <source>%1, not an empty array</source>
        <translation>%1。空の配列は使えません</translation>
    </message>
    <message>
        <source>%1; it holds %2</source>
        <translation>%1。%2 が入っています</translation>
    </message>
    <message>
        <source>a table of strings</source>
        <translation>文字列のテーブル</translation>
    </message>
    <message>
        <source>a key of `%1.env` must not contain &quot;=&quot;: &quot;%2&quot;</source>
        <translation>`%1.env` のキーに &quot;=&quot; は使えません: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>テーブル</translation>
    </message>
    <message>
        <source>`include = &quot;%1&quot;` is not a valid pattern (syntax error in &quot;%2&quot;)</source>
        <translation>`include = &quot;%1&quot;` は正しいパターンではありません (&quot;%2&quot; に構文エラー)</translation>
    </message>
    <message>
        <source>%1: no such file</source>
        <translation>%1: ファイルがありません</translation>
    </message>
    <message>
        <source>%1 (included by %2)</source>
        <translation>%1 (%2 から include)</translation>
    </message>
    <message>
        <source>role &quot;%1&quot; is dropped: the agent expects &lt;service&gt;:&lt;role&gt; with letters, digits, &apos;-&apos; and &apos;_&apos;, not starting with &apos;-&apos; or &apos;_&apos;</source>
        <translation>ロール &quot;%1&quot; は捨てられます: エージェントは &lt;サービス&gt;:&lt;ロール&gt; の形 (英数字、&apos;-&apos;、&apos;_&apos;。&apos;-&apos; と &apos;_&apos; で始まらない) を求めます</translation>
    </message>
    <message>
        <source>plugin.checks.%1.memo is longer than 250 characters; the agent cuts it</source>
        <translation>plugin.checks.%1.memo が 250 文字を超えています。エージェントは切り詰めます</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>文字列</translation>
    </message>
    <message>
        <source>a float</source>
        <translation>浮動小数点数</translation>
    </message>
    <message>
        <source>a boolean</source>
        <translation>真偽値</translation>
    </message>
</context>
<context>
    <name>AzureProbe</name>
    <message>
        <source>vmId &quot;%1&quot;: this is Azure</source>
        <translation>vmId &quot;%1&quot;: Azure です</translation>
    </message>
    <message>
        <source>status %1: not Azure IMDS</source>
        <translation>ステータス %1: Azure IMDS ではありません</translation>
    </message>
    <message>
        <source>An Azure metadata request failed without an answer; mackerel-agent stops at the first such failure, so it may send fewer keys.</source>
        <translation>Azure のメタデータ要求が応答なしで失敗しました。mackerel-agent は最初のこうした失敗で止まるため、送るキーが少なくなることがあります。</translation>
    </message>
    <message>
        <source>vmId: status %1</source>
        <translation>vmId: ステータス %1</translation>
    </message>
    <message>
        <source>empty vmId: the agent reports &quot;invalid instance id&quot;</source>
        <translation>vmId が空です: エージェントは &quot;invalid instance id&quot; を報告します</translation>
    </message>
    <message>
        <source>vmId &quot;%1&quot; is not a UUID</source>
        <translation>vmId &quot;%1&quot; は UUID ではありません</translation>
    </message>
    <message>
        <source>The vmId could not be read, so mackerel-agent would send no customIdentifier and could not match the host registered by the Azure integration.</source>
        <translation>vmId を読めなかったため、mackerel-agent は customIdentifier を送らず、Azure インテグレーションが登録したホストと照合できません。</translation>
    </message>
    <message>
        <source>Azure IMDS answered &quot;%1&quot; as the vmId. That is not a UUID, so no Azure VM has it, but mackerel-agent would send it as its customIdentifier.</source>
        <translation>Azure IMDS は vmId として &quot;%1&quot; を返しました。UUID ではないのでこれを持つ Azure VM はありませんが、mackerel-agent はこれを customIdentifier として送ります。</translation>
    </message>
</context>
<context>
    <name>BlockDeviceSpec</name>
    <message>
        <source>block_device left out: %1 does not exist (the agent skips it silently)</source>
        <translation>block_device を省略: %1 がありません (エージェントは黙って省きます)</translation>
    </message>
    <message>
        <source>block_device left out: cannot list %1</source>
        <translation>block_device を省略: %1 を一覧できません</translation>
    </message>
    <message>
        <source>block_device left out, as the agent leaves it out: %1</source>
        <translation>block_device を省略 (エージェントと同じく): %1</translation>
    </message>
</context>
<context>
    <name>BoundedFile</name>
    <message>
        <source>a FIFO (named pipe)</source>
        <translation>FIFO（名前付きパイプ）</translation>
    </message>
    <message>
        <source>a character device</source>
        <translation>キャラクターデバイス</translation>
    </message>
    <message>
        <source>a block device</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ソケット</translation>
    </message>
    <message>
        <source>a directory</source>
        <translation>ディレクトリ</translation>
    </message>
    <message>
        <source>a special file</source>
        <translation>特殊ファイル</translation>
    </message>
    <message>
        <source>%1, not a regular file; not read</source>
        <translation>%1 で、通常のファイルではありません。読み込みません</translation>
    </message>
    <message>
        <source>larger than %1 bytes; not read</source>
        <translation>%1 バイトより大きいため読み込みません</translation>
    </message>
</context>
<context>
    <name>CloudDetector</name>
    <message>
        <source>%1 was confirmed first</source>
        <translation>%1 が先に確認されました</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (%2). A metadata service never redirects: a proxy or captive portal is in the way. mackerel-agent would follow it; the inspector does not.</source>
        <translation>%1 はリダイレクト (%2) で応答しました。メタデータサービスはリダイレクトしません: プロキシかキャプティブポータルが間にあります。mackerel-agent はリダイレクトに従いますが、インスペクターは従いません。</translation>
    </message>
    <message>
        <source>%1 sent an answer too large for a metadata service (%2). mackerel-agent would read all of it; the inspector stops.</source>
        <translation>%1 はメタデータサービスとしては大きすぎる応答を返しました (%2)。mackerel-agent はすべて読みますが、インスペクターは読むのをやめます。</translation>
    </message>
    <message>
        <source>detection stopped</source>
        <translation>検出を中止しました</translation>
    </message>
</context>
<context>
    <name>CloudPlatform</name>
    <message>
        <source>automatic detection</source>
        <translation>自動検出</translation>
    </message>
    <message>
        <source>no cloud</source>
        <translation>クラウドなし</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run &apos;%1&apos; for usage.</source>
        <translation>使い方は &apos;%1&apos; を実行してください。</translation>
    </message>
    <message>
        <source>Usage: %1 [options]</source>
        <translation>使い方: %1 [オプション]</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>想定外の引数 &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>CommonOptions</name>
    <message>
        <source>Print one JSON object (documented in README.md).</source>
        <translation>JSON オブジェクトを 1 つ出力します (README.md に記載)。</translation>
    </message>
    <message>
        <source>As mackerel-agent.conf&apos;s cloud_platform: auto (default), none, ec2, gce, azurevm.</source>
        <translation>mackerel-agent.conf の cloud_platform と同じ: auto (既定)、none、ec2、gce、azurevm。</translation>
    </message>
    <message>
        <source>Base URL of the EC2 metadata service (default http://169.254.169.254, or $AWS_EC2_METADATA_SERVICE_ENDPOINT).</source>
        <translation>EC2 メタデータサービスのベース URL (既定は http://169.254.169.254、または $AWS_EC2_METADATA_SERVICE_ENDPOINT)。</translation>
    </message>
    <message>
        <source>Base URL of the GCE metadata server (default http://metadata.google.internal., or $GCE_METADATA_HOST).</source>
        <translation>GCE メタデータサーバーのベース URL (既定は http://metadata.google.internal.、または $GCE_METADATA_HOST)。</translation>
    </message>
    <message>
        <source>Base URL of the Azure instance metadata service (default http://169.254.169.254).</source>
        <translation>Azure インスタンスメタデータサービスのベース URL (既定は http://169.254.169.254)。</translation>
    </message>
    <message>
        <source>Run against the built-in simulator of CLOUD (%1): every endpoint points at it and the /sys UUID files are the simulated instance&apos;s.</source>
        <translation>組み込みの CLOUD (%1) シミュレーターに対して実行します: すべてのエンドポイントがそこを向き、/sys の UUID ファイルもシミュレートしたインスタンスのものになります。</translation>
    </message>
    <message>
        <source>Per-request timeout of metadata requests in ms (default 3000, the agent&apos;s).</source>
        <translation>メタデータ要求 1 回ごとのタイムアウト (ms、既定 3000、エージェントと同じ)。</translation>
    </message>
    <message>
        <source>Wait between retries of metadata requests in ms (default 2000, the agent&apos;s).</source>
        <translation>メタデータ要求の再試行の間隔 (ms、既定 2000、エージェントと同じ)。</translation>
    </message>
    <message>
        <source>Read every local file (/sys, /proc, /etc) below DIR instead of / (a fixture tree or a mounted disk image).</source>
        <translation>ローカルファイル (/sys、/proc、/etc) をすべて / ではなく DIR の下から読みます (フィクスチャのツリーやマウントしたディスクイメージ)。</translation>
    </message>
    <message>
        <source>mackerel-agent.conf to read (default %1 below --root; its absence there is not an error).</source>
        <translation>読み込む mackerel-agent.conf (既定は --root の下の %1。そこに無くてもエラーではありません)。</translation>
    </message>
    <message>
        <source>--%1 takes milliseconds from 0 to 600000, not &apos;%2&apos;</source>
        <translation>--%1 は 0 から 600000 までのミリ秒で指定します (&apos;%2&apos; ではなく)</translation>
    </message>
    <message>
        <source>--root: &apos;%1&apos; is not a directory</source>
        <translation>--root: &apos;%1&apos; はディレクトリではありません</translation>
    </message>
    <message>
        <source>%1 (mackerel-agent reads it as root: run with sudo, or pass --conf PATH)</source>
        <translation>%1 (mackerel-agent は root で読みます: sudo で実行するか、--conf PATH を指定してください)</translation>
    </message>
    <message>
        <source>--cloud-platform must be one of auto, none, ec2, gce, azurevm; not &apos;%1&apos;</source>
        <translation>--cloud-platform は auto、none、ec2、gce、azurevm のいずれかです。&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>--timeout must be at least 1 ms</source>
        <translation>--timeout は 1 ms 以上にしてください</translation>
    </message>
    <message>
        <source>--demo must be one of %1; not &apos;%2&apos;</source>
        <translation>--demo は %1 のいずれかです。&apos;%2&apos; は使えません</translation>
    </message>
</context>
<context>
    <name>CpuSpec</name>
    <message>
        <source>processor number &quot;%1&quot; is not a number</source>
        <translation>プロセッサー番号 &quot;%1&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a number</source>
        <translation>%1 &quot;%2&quot; は数値ではありません</translation>
    </message>
    <message>
        <source>cache size &quot;%1&quot; is not a number of KB</source>
        <translation>キャッシュサイズ &quot;%1&quot; は KB の数値ではありません</translation>
    </message>
    <message>
        <source>cpu left out: %1</source>
        <translation>cpu を省略: %1</translation>
    </message>
    <message>
        <source>cpu left out, as the agent leaves it out: /proc/cpuinfo: %1</source>
        <translation>cpu を省略 (エージェントと同じく): /proc/cpuinfo: %1</translation>
    </message>
</context>
<context>
    <name>DemoEnvironment</name>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot find a free port on 127.0.0.1</source>
        <translation>127.0.0.1 に空いているポートが見つかりません</translation>
    </message>
    <message>
        <source>the simulator cannot listen on 127.0.0.1:%1</source>
        <translation>シミュレーターが 127.0.0.1:%1 で待ち受けできません</translation>
    </message>
    <message>
        <source>cannot start the simulated Mackerel API on 127.0.0.1</source>
        <translation>127.0.0.1 で Mackerel API のシミュレーターを起動できません</translation>
    </message>
</context>
<context>
    <name>DetectCommand</name>
    <message>
        <source>cannot start the demo simulator: %1</source>
        <translation>デモ用シミュレーターを起動できません: %1</translation>
    </message>
    <message>
        <source>Demo: simulated %1 instance at %2</source>
        <translation>デモ: シミュレートした %1 インスタンス (%2)</translation>
    </message>
</context>
<context>
    <name>Ec2Probe</name>
    <message>
        <source>IMDSv2 token received</source>
        <translation>IMDSv2 トークンを受け取りました</translation>
    </message>
    <message>
        <source>empty token; continuing without one (IMDSv1), as the agent does</source>
        <translation>トークンが空です。エージェントと同じくトークンなし (IMDSv1) で続けます</translation>
    </message>
    <message>
        <source>no IMDSv2 token (status %1); falling back to IMDSv1, as the agent does</source>
        <translation>IMDSv2 トークンなし (ステータス %1)。エージェントと同じく IMDSv1 に切り替えます</translation>
    </message>
    <message>
        <source>status %1: not an AWS metadata service</source>
        <translation>ステータス %1: AWS のメタデータサービスではありません</translation>
    </message>
    <message>
        <source>partition &quot;%1&quot;: this is EC2</source>
        <translation>パーティション &quot;%1&quot;: EC2 です</translation>
    </message>
    <message>
        <source>an HTML page (captive portal or proxy?), not a partition</source>
        <translation>HTML ページ (キャプティブポータルかプロキシ?) で、パーティションではありません</translation>
    </message>
    <message>
        <source>partition &quot;%1&quot; does not start with &quot;aws&quot;: an EC2 look-alike (OpenStack?), not EC2</source>
        <translation>パーティション &quot;%1&quot; が &quot;aws&quot; で始まりません: EC2 に似た別物 (OpenStack?) で、EC2 ではありません</translation>
    </message>
    <message>
        <source>The /sys UUID files could not be read by this user, so EC2 was confirmed by the metadata service alone. mackerel-agent runs as root and reads them first: run the inspector as root to see its exact decision.</source>
        <translation>このユーザーは /sys の UUID ファイルを読めないため、EC2 はメタデータサービスだけで確認しました。mackerel-agent は root で動き、先にこれらを読みます: 正確な判断を見るにはインスペクターを root で実行してください。</translation>
    </message>
    <message>
        <source>An EC2 metadata request failed without an answer, so mackerel-agent would send no cloud metadata for this host.</source>
        <translation>EC2 のメタデータ要求が応答なしで失敗したため、mackerel-agent はこのホストのクラウドメタデータを送りません。</translation>
    </message>
    <message>
        <source>instance-id: status %1</source>
        <translation>instance-id: ステータス %1</translation>
    </message>
    <message>
        <source>empty instance id: the agent reports &quot;invalid instance id&quot;</source>
        <translation>インスタンス ID が空です: エージェントは &quot;invalid instance id&quot; を報告します</translation>
    </message>
    <message>
        <source>instance id &quot;%1&quot;</source>
        <translation>インスタンス ID &quot;%1&quot;</translation>
    </message>
    <message>
        <source>The instance id could not be read, so mackerel-agent would send no customIdentifier and could not match the host registered by the AWS integration.</source>
        <translation>インスタンス ID を読めなかったため、mackerel-agent は customIdentifier を送らず、AWS インテグレーションが登録したホストと照合できません。</translation>
    </message>
    <message>
        <source>IMDS answered &quot;%1&quot; as the instance id. That is no EC2 identity (%2), but mackerel-agent would send it as its customIdentifier.</source>
        <translation>IMDS はインスタンス ID として &quot;%1&quot; を返しました。EC2 の ID ではありません (%2) が、mackerel-agent はこれを customIdentifier として送ります。</translation>
    </message>
    <message>
        <source>an HTML page</source>
        <translation>HTML ページ</translation>
    </message>
    <message>
        <source>not a plain id</source>
        <translation>単純な ID ではない</translation>
    </message>
    <message>
        <source>The instance id &quot;%1&quot; does not look like an EC2 instance id (i- and 8 or 17 hex digits); the AWS integration would not have registered a host with it.</source>
        <translation>インスタンス ID &quot;%1&quot; は EC2 のインスタンス ID (i- と 16 進 8 桁または 17 桁) に見えません。AWS インテグレーションがこれでホストを登録していることはありません。</translation>
    </message>
</context>
<context>
    <name>Ec2Uuid</name>
    <message>
        <source>not present; the agent skips it</source>
        <translation>存在しません。エージェントは読み飛ばします</translation>
    </message>
    <message>
        <source>cannot be read by this user (%1); mackerel-agent runs as root and reads it</source>
        <translation>このユーザーは読めません (%1)。mackerel-agent は root で動き、読み込みます</translation>
    </message>
    <message>
        <source>%1 looks like an EC2 UUID; the agent goes on to ask IMDS</source>
        <translation>%1 は EC2 の UUID に見えます。エージェントは続けて IMDS に問い合わせます</translation>
    </message>
    <message>
        <source>%1 is not an EC2 UUID</source>
        <translation>%1 は EC2 の UUID ではありません</translation>
    </message>
</context>
<context>
    <name>FilesystemSpec</name>
    <message>
        <source>filesystem: the agent cannot parse the df line [%1] and skips it</source>
        <translation>filesystem: エージェントは df の行 [%1] を解析できず、読み飛ばします</translation>
    </message>
    <message>
        <source>filesystem left out: %1 (nor /proc/mounts)</source>
        <translation>filesystem を省略: %1 (/proc/mounts も)</translation>
    </message>
    <message>
        <source>stat(2) and statvfs(2) of each mount point, as `df -Pkl` does</source>
        <translation>各マウントポイントの stat(2) と statvfs(2) (`df -Pkl` と同じ)</translation>
    </message>
    <message>
        <source>filesystem: this user may not measure %1; the agent, running as root, would list them</source>
        <translation>filesystem: このユーザーは %1 を計測できない可能性があります。root で動くエージェントなら一覧に含めます</translation>
    </message>
    <message>
        <source>filesystem left out, as the agent leaves it out when df fails: %1</source>
        <translation>filesystem を省略 (df が失敗したときのエージェントと同じく): %1</translation>
    </message>
</context>
<context>
    <name>FirmwareClouds</name>
    <message>
        <source>Azure integration</source>
        <translation>Azure インテグレーション</translation>
    </message>
    <message>
        <source>AWS integration</source>
        <translation>AWS インテグレーション</translation>
    </message>
    <message>
        <source>Google Cloud integration</source>
        <translation>Google Cloud インテグレーション</translation>
    </message>
</context>
<context>
    <name>FirmwareCrossCheck</name>
    <message>
        <source>cloud_platform in mackerel-agent.conf is &quot;%1&quot;, so the agent does not look for %2</source>
        <translation>mackerel-agent.conf の cloud_platform が &quot;%1&quot; なので、エージェントは %2 を探しません</translation>
    </message>
    <message>
        <source>remove cloud_platform from mackerel-agent.conf, or set it to &quot;%1&quot;</source>
        <translation>mackerel-agent.conf から cloud_platform を削除するか、&quot;%1&quot; にする</translation>
    </message>
    <message>
        <source>&lt;instance id&gt;</source>
        <translation>&lt;インスタンス ID&gt;</translation>
    </message>
    <message>
        <source>the agent&apos;s UUID pre-check found no EC2 UUID in /sys/hypervisor/uuid or /sys/devices/virtual/dmi/id/product_uuid, so it never asks %1</source>
        <translation>エージェントの UUID 事前チェックで /sys/hypervisor/uuid にも /sys/devices/virtual/dmi/id/product_uuid にも EC2 の UUID が見つからなかったため、%1 に問い合わせません</translation>
    </message>
    <message>
        <source>let the agent read product_uuid (it runs as root; a container needs /sys/devices/virtual/dmi/id)</source>
        <translation>エージェントに product_uuid を読ませる (root で動きます。コンテナーには /sys/devices/virtual/dmi/id が必要です)</translation>
    </message>
    <message>
        <source>another cloud&apos;s metadata service answered first (%1)</source>
        <translation>別のクラウドのメタデータサービスが先に応答しました (%1)</translation>
    </message>
    <message>
        <source>find what answers as %1 on this network</source>
        <translation>このネットワークで %1 として応答しているものを突き止める</translation>
    </message>
    <message>
        <source>%1 was answered with a redirect or a page no metadata service sends: a proxy (http_proxy) or captive portal is in the way</source>
        <translation>%1 への要求に、メタデータサービスが返さないリダイレクトかページが返りました: プロキシ (http_proxy) かキャプティブポータルが間にあります</translation>
    </message>
    <message>
        <source>exempt the metadata address from the proxy (no_proxy=169.254.169.254,metadata.google.internal) or remove the interception</source>
        <translation>メタデータのアドレスをプロキシの対象から外す (no_proxy=169.254.169.254,metadata.google.internal) か、横取りをやめさせる</translation>
    </message>
    <message>
        <source>IMDS answered 401 to requests without a token: it requires IMDSv2 and no token reached the agent, as with a PUT response hop limit of 1 seen from a container</source>
        <translation>IMDS はトークンなしの要求に 401 を返しました: IMDSv2 が必須なのにトークンがエージェントに届いていません (コンテナーから見た PUT 応答のホップ制限が 1 の場合など)</translation>
    </message>
    <message>
        <source>raise the hop limit (aws ec2 modify-instance-metadata-options --instance-id %1 --http-put-response-hop-limit 2) or run the agent in the host&apos;s network</source>
        <translation>ホップ制限を上げる (aws ec2 modify-instance-metadata-options --instance-id %1 --http-put-response-hop-limit 2) か、エージェントをホストのネットワークで動かす</translation>
    </message>
    <message>
        <source>%1 could not be reached by name: a DNS failure (custom DNS that does not resolve metadata.google.internal) or no route</source>
        <translation>%1 に名前で到達できませんでした: DNS の失敗 (metadata.google.internal を解決しない独自 DNS) か、経路がありません</translation>
    </message>
    <message>
        <source>resolve it (add &quot;169.254.169.254 metadata.google.internal&quot; to /etc/hosts, or use the cloud&apos;s resolver) and give the host a route to 169.254.169.254</source>
        <translation>名前を解決できるようにし (&quot;169.254.169.254 metadata.google.internal&quot; を /etc/hosts に追加するか、クラウドのリゾルバーを使う)、169.254.169.254 への経路をホストに与える</translation>
    </message>
    <message>
        <source>%1 refused the connection: a host firewall, or a network namespace without the metadata route</source>
        <translation>%1 が接続を拒否しました: ホストのファイアウォールか、メタデータへの経路がないネットワーク名前空間です</translation>
    </message>
    <message>
        <source>allow the agent to reach 169.254.169.254:80 (firewall rule, or the host&apos;s network)</source>
        <translation>エージェントが 169.254.169.254:80 に届くようにする (ファイアウォールのルール、またはホストのネットワーク)</translation>
    </message>
    <message>
        <source>%1 did not answer in time: packets dropped by a firewall, or the answer lost on the way (a hop limit from a container)</source>
        <translation>%1 が時間内に応答しませんでした: ファイアウォールがパケットを捨てているか、応答が途中で失われています (コンテナーからのホップ制限)</translation>
    </message>
    <message>
        <source>allow the agent to reach 169.254.169.254:80 and check the hop limit</source>
        <translation>エージェントが 169.254.169.254:80 に届くようにし、ホップ制限を確認する</translation>
    </message>
    <message>
        <source>%1 answered, but not as %2 does (see the evidence)</source>
        <translation>%1 は応答しましたが、%2 の応答とは違います (根拠を参照)</translation>
    </message>
    <message>
        <source>find what answers at the metadata address</source>
        <translation>メタデータのアドレスで応答しているものを突き止める</translation>
    </message>
    <message>
        <source>the requests to %1 failed (see the evidence)</source>
        <translation>%1 への要求が失敗しました (根拠を参照)</translation>
    </message>
    <message>
        <source>allow the agent to reach 169.254.169.254:80</source>
        <translation>エージェントが 169.254.169.254:80 に届くようにする</translation>
    </message>
    <message>
        <source>the evidence does not show why</source>
        <translation>根拠からは理由がわかりません</translation>
    </message>
    <message>
        <source>run the inspector as root to see the agent&apos;s exact requests</source>
        <translation>エージェントの正確な要求を見るにはインスペクターを root で実行する</translation>
    </message>
    <message>
        <source>It will send no customIdentifier</source>
        <translation>customIdentifier を送りません</translation>
    </message>
    <message>
        <source>It will send %1 as %2</source>
        <translation>%1 を %2 として送ります</translation>
    </message>
    <message>
        <source>mackerel-agent will not confirm it</source>
        <translation>mackerel-agent はこれを確認しません</translation>
    </message>
    <message>
        <source>mackerel-agent will take it for %1</source>
        <translation>mackerel-agent はこれを %1 とみなします</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>このインスタンス</translation>
    </message>
    <message>
        <source>This is %1 by its firmware (%2), but %3. %4, and the %5&apos;s host for %6 will not be matched: a second host.</source>
        <translation>ファームウェアによるとこれは %1 です (%2) が、%3。%4。%5 が登録した %6 のホストとは照合されず、2 台目のホストになります。</translation>
    </message>
    <message>
        <source> The customIdentifier it should send is %1.</source>
        <translation> 送るべき customIdentifier は %1 です。</translation>
    </message>
    <message>
        <source> Likely cause: %1. What to do: %2.</source>
        <translation> 考えられる原因: %1。対処: %2。</translation>
    </message>
    <message>
        <source>This is %1 by its firmware (%2): mackerel-agent sends no customIdentifier there and Mackerel has no integration for %1, so the agent creates a new host and there is nothing to match.</source>
        <translation>ファームウェアによるとこれは %1 です (%2): mackerel-agent はそこで customIdentifier を送らず、Mackerel には %1 のインテグレーションがないので、エージェントは新しいホストを作り、照合するものはありません。</translation>
    </message>
    <message>
        <source>cloud_platform in mackerel-agent.conf says %1</source>
        <translation>mackerel-agent.conf の cloud_platform は %1 です</translation>
    </message>
    <message>
        <source>mackerel-agent confirms %1 through its metadata service</source>
        <translation>mackerel-agent はメタデータサービスで %1 を確認します</translation>
    </message>
    <message>
        <source>%1, but the firmware says %2 (%3).</source>
        <translation>%1。しかしファームウェアは %2 だとしています (%3)。</translation>
    </message>
    <message>
        <source> A %1-compatible metadata service answered as the real one does.</source>
        <translation> %1 互換のメタデータサービスが本物と同じように応答しました。</translation>
    </message>
    <message>
        <source> Check which cloud this is before trusting the agent&apos;s cloud metadata.</source>
        <translation> エージェントのクラウドメタデータを信用する前に、どのクラウドか確かめてください。</translation>
    </message>
    <message>
        <source> The customIdentifier the agent sends (%1) names no %2 instance that Mackerel&apos;s integration knows: check which cloud this is before trusting it.</source>
        <translation> エージェントが送る customIdentifier (%1) は、Mackerel のインテグレーションが知る %2 のインスタンスを指していません: 信用する前にどのクラウドか確かめてください。</translation>
    </message>
</context>
<context>
    <name>FirmwareIdentifierCheck</name>
    <message>
        <source>Could not ask Mackerel whether a host carries %1: %2</source>
        <translation>%1 を持つホストがあるか Mackerel に問い合わせられませんでした: %2</translation>
    </message>
    <message>
        <source>No host on Mackerel carries %1 yet: the %2 has not registered this instance, but the agent&apos;s host will not take that identifier either.</source>
        <translation>%1 を持つホストはまだ Mackerel にありません: %2 はこのインスタンスを登録していませんが、エージェントのホストもこの識別子を持ちません。</translation>
    </message>
    <message>
        <source>Mackerel already holds host %1 &quot;%2&quot; (%3, %4) under %5. The agent, sending no such identifier, will not be matched to it and creates a second host next to it.</source>
        <translation>Mackerel にはすでに %5 でホスト %1 &quot;%2&quot; (%3、%4) があります。この識別子を送らないエージェントはそれと照合されず、その隣に 2 台目のホストを作ります。</translation>
    </message>
</context>
<context>
    <name>FleetApplier</name>
    <message>
        <source>the journal is not one of this version&apos;s</source>
        <translation>ジャーナルはこのバージョンのものではありません</translation>
    </message>
    <message>
        <source>the journal names an unknown step</source>
        <translation>ジャーナルに不明なステップがあります</translation>
    </message>
    <message>
        <source>done</source>
        <translation>完了</translation>
    </message>
    <message>
        <source>cannot read the journal %1: %2</source>
        <translation>ジャーナル %1 を読めません: %2</translation>
    </message>
    <message>
        <source>the journal %1 belongs to another plan: apply that plan, or move the journal aside to start this one</source>
        <translation>ジャーナル %1 は別の計画のものです。その計画を適用するか、この計画を始めるためにジャーナルを退避してください</translation>
    </message>
    <message>
        <source>done in an earlier apply</source>
        <translation>以前の apply で完了</translation>
    </message>
    <message>
        <source>cannot read host %1 again: %2</source>
        <translation>ホスト %1 を読み直せません: %2</translation>
    </message>
    <message>
        <source>host %1 changed since the plan (now &quot;%2&quot;, %3%4%5): plan again</source>
        <translation>ホスト %1 は計画の後に変わりました (現在 &quot;%2&quot;, %3%4%5)。もう一度計画してください</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>starting ansible-playbook</source>
        <translation>ansible-playbook を開始します</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>取り消しました</translation>
    </message>
    <message>
        <source>ansible-playbook did not start: %1</source>
        <translation>ansible-playbook を開始できませんでした: %1</translation>
    </message>
    <message>
        <source>ansible could not reach %1</source>
        <translation>ansible は %1 に接続できませんでした</translation>
    </message>
    <message>
        <source>the steps on %1 failed (ansible-playbook exit %2; its output says why)</source>
        <translation>%1 でのステップが失敗しました (ansible-playbook の終了コード %2。理由はその出力にあります)</translation>
    </message>
    <message>
        <source>every step done</source>
        <translation>すべてのステップが完了</translation>
    </message>
    <message>
        <source>after the restart the agent wrote no id file</source>
        <translation>再起動後、エージェントは id ファイルを書きませんでした</translation>
    </message>
    <message>
        <source>after the restart the id file names host %1, not %2</source>
        <translation>再起動後、id ファイルが指すのは %2 ではなくホスト %1 です</translation>
    </message>
    <message>
        <source>reading host %1</source>
        <translation>ホスト %1 を読んでいます</translation>
    </message>
    <message>
        <source>host %1 is retired</source>
        <translation>ホスト %1 は退役済みです</translation>
    </message>
    <message>
        <source>host %1 does not carry the customIdentifier %2</source>
        <translation>ホスト %1 は customIdentifier %2 を持っていません</translation>
    </message>
    <message>
        <source>host %1 does not show the agent yet (no meta agent-version)</source>
        <translation>ホスト %1 にはまだエージェントが見えません (meta agent-version がありません)</translation>
    </message>
    <message>
        <source>the check after the steps does not hold: %1</source>
        <translation>ステップ後の確認が成り立ちません: %1</translation>
    </message>
    <message>
        <source>the host receives no %1 from the agent yet</source>
        <translation>このホストはまだエージェントから %1 を受け取っていません</translation>
    </message>
    <message>
        <source>cannot read host %1: %2</source>
        <translation>ホスト %1 を読めません: %2</translation>
    </message>
    <message>
        <source>host %1 changed since the plan: not retired; plan again</source>
        <translation>ホスト %1 は計画の後に変わりました。退役させていません。もう一度計画してください</translation>
    </message>
    <message>
        <source>cannot write the journal: not retired</source>
        <translation>ジャーナルを書けません。退役させていません</translation>
    </message>
    <message>
        <source>retiring host %1</source>
        <translation>ホスト %1 を退役させています</translation>
    </message>
    <message>
        <source>retiring host %1 failed: %2</source>
        <translation>ホスト %1 の退役に失敗しました: %2</translation>
    </message>
    <message>
        <source>auditing the organization again</source>
        <translation>オーガニゼーションをもう一度監査しています</translation>
    </message>
    <message>
        <source>the audit after apply failed: %1</source>
        <translation>apply 後の監査に失敗しました: %1</translation>
    </message>
</context>
<context>
    <name>FleetApplyCommand</name>
    <message>
        <source>Plan</source>
        <translation>計画</translation>
    </message>
    <message>
        <source>%1 machines, %2 with automatic steps, made %3</source>
        <translation>マシン %1 台、うち自動のステップがあるもの %2 台、作成 %3</translation>
    </message>
    <message>
        <source>Retires</source>
        <translation>退役</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ホストなし</translation>
    </message>
    <message>
        <source>(blocked)</source>
        <translation>(ブロック)</translation>
    </message>
    <message>
        <source>read</source>
        <translation>読み取り</translation>
    </message>
    <message>
        <source>Nothing to repair.</source>
        <translation>修復するものはありません。</translation>
    </message>
    <message>
        <source>Dry run: nothing was changed. Run again with --yes to apply.</source>
        <translation>ドライラン: 何も変更していません。適用するには --yes を付けてもう一度実行してください。</translation>
    </message>
    <message>
        <source>Nothing to do: every automatic step of this plan is done.</source>
        <translation>することはありません: この計画の自動のステップはすべて完了しています。</translation>
    </message>
    <message>
        <source>done:</source>
        <translation>完了:</translation>
    </message>
    <message>
        <source>would do:</source>
        <translation>実行予定:</translation>
    </message>
    <message>
        <source>left:</source>
        <translation>残り:</translation>
    </message>
    <message>
        <source>Retired: %1</source>
        <translation>退役させたホスト: %1</translation>
    </message>
    <message>
        <source>The Ansible inventory of the machines (required).</source>
        <translation>マシンの Ansible インベントリ (必須)。</translation>
    </message>
    <message>
        <source>Carry the plan out; without it, apply is a dry run.</source>
        <translation>計画を実行します。指定しなければ apply はドライランです。</translation>
    </message>
    <message>
        <source>The repair playbook (default: the installed repair.yml).</source>
        <translation>修復用のプレイブック (既定: インストールされた repair.yml)。</translation>
    </message>
    <message>
        <source>The ansible-playbook to run (default: found in PATH).</source>
        <translation>実行する ansible-playbook (既定: PATH から探す)。</translation>
    </message>
    <message>
        <source>Seconds between a check&apos;s reads of the host, six reads at most (default: 10).</source>
        <translation>確認でホストを読む間隔の秒数。読むのは最大 6 回 (既定: 10)。</translation>
    </message>
    <message>
        <source>Carry out a plan of &apos;fleet --plan&apos;: fleet apply PLAN --inventory INVENTORY [--yes]. Re-reads every host the plan names, stops a machine whose hosts changed, keeps a journal next to the plan, and audits again. Exit 0: all done; 4: some machine stopped; 5: nothing to do.</source>
        <translation>&apos;fleet --plan&apos; の計画を実行します: fleet apply PLAN --inventory INVENTORY [--yes]。計画が挙げるホストをすべて読み直し、ホストが変わったマシンは止め、計画の隣にジャーナルを残し、最後にもう一度監査します。終了コード 0: すべて完了、4: 止まったマシンがある、5: することがない。</translation>
    </message>
    <message>
        <source>give the plan: fleet apply PLAN --inventory INVENTORY</source>
        <translation>計画を指定してください: fleet apply PLAN --inventory INVENTORY</translation>
    </message>
    <message>
        <source>--inventory is required</source>
        <translation>--inventory が必要です</translation>
    </message>
    <message>
        <source>--verify-wait takes seconds from 0 to 3600</source>
        <translation>--verify-wait には 0 から 3600 までの秒数を指定します</translation>
    </message>
    <message>
        <source>repair.yml not found: give --playbook</source>
        <translation>repair.yml が見つかりません: --playbook を指定してください</translation>
    </message>
    <message>
        <source>cannot read the plan %1: %2</source>
        <translation>計画 %1 を読めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan: %2</source>
        <translation>%1 は計画ではありません: %2</translation>
    </message>
</context>
<context>
    <name>FleetAuditor</name>
    <message>
        <source>no Mackerel API client</source>
        <translation>Mackerel API クライアントがありません</translation>
    </message>
    <message>
        <source>%1 id-file hosts or identifiers beyond the first %2 were not looked up (%3): the verdicts of their machines are unknown.</source>
        <translation>最初の %2 件を超える ID ファイルのホストや識別子 %1 件は問い合わせていません (%3): それらのマシンの判定は不明です。</translation>
    </message>
</context>
<context>
    <name>FleetCommand</name>
    <message>
        <source> (joined by %1)</source>
        <translation> (%1 で結合)</translation>
    </message>
    <message>
        <source>id file %1</source>
        <translation>ID ファイル %1</translation>
    </message>
    <message>
        <source>id file not reported</source>
        <translation>ID ファイルの報告なし</translation>
    </message>
    <message>
        <source>no customIdentifier</source>
        <translation>customIdentifier なし</translation>
    </message>
    <message>
        <source>joined</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>support</source>
        <translation>補強</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>オーガニゼーション</translation>
    </message>
    <message>
        <source>%1 live hosts listed, %2 reports read, %3 machines</source>
        <translation>稼働中のホスト %1 台を取得、レポート %2 件を読み込み、マシン %3 台</translation>
    </message>
    <message>
        <source>Verdicts</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>To look at, worst first</source>
        <translation>確認が必要なもの (重大な順)</translation>
    </message>
    <message>
        <source>host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>advice</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Nothing to do</source>
        <translation>対処不要</translation>
    </message>
    <message>
        <source>no host</source>
        <translation>ホストなし</translation>
    </message>
    <message>
        <source>  (report %1)</source>
        <translation>  (レポート %1)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>No hosts and no reports: nothing to join.</source>
        <translation>ホストもレポートもありません: 結合するものがありません。</translation>
    </message>
    <message>
        <source>Demo: a simulated organization at %1, its machines&apos; reports in %2</source>
        <translation>デモ: シミュレートしたオーガニゼーション (%1)、マシンのレポートは %2</translation>
    </message>
    <message>
        <source>No reports given (--reports): the verdicts come from the hosts alone. Run contrib/ansible/inspect.yml to fetch reports from the machines.</source>
        <translation>レポートの指定がありません (--reports): 判定はホストだけから出しています。マシンからレポートを集めるには contrib/ansible/inspect.yml を実行してください。</translation>
    </message>
    <message>
        <source>cannot read the organization: %1</source>
        <translation>オーガニゼーションを読み込めません: %1</translation>
    </message>
    <message>
        <source>A report of &apos;inspect --json&apos;, or a folder of them (the playbook&apos;s reports_dir). Repeat for more.</source>
        <translation>&apos;inspect --json&apos; のレポート、またはそれを集めたフォルダー (playbook の reports_dir)。複数指定できます。</translation>
    </message>
    <message>
        <source>List only the hosts of service S (on the server).</source>
        <translation>サービス S のホストだけを一覧します (サーバー側で絞り込み)。</translation>
    </message>
    <message>
        <source>With --service: only the hosts of role R. Repeat for more.</source>
        <translation>--service と併用: ロール R のホストだけ。複数指定できます。</translation>
    </message>
    <message>
        <source>Print one JSON object (documented in README.md).</source>
        <translation>JSON オブジェクトを 1 つ出力します (README.md に記載)。</translation>
    </message>
    <message>
        <source>Print CSV: a header, then one line a machine.</source>
        <translation>CSV を出力します: ヘッダーの後、マシンごとに 1 行。</translation>
    </message>
    <message>
        <source>Audit the built-in simulated organization with the reports the demo generates (&apos;--demo&apos; alone, or &apos;--demo org&apos;).</source>
        <translation>組み込みのシミュレートしたオーガニゼーションを、デモが生成するレポートで監査します (&apos;--demo&apos; のみ、または &apos;--demo org&apos;)。</translation>
    </message>
    <message>
        <source>Join the organization&apos;s Mackerel hosts with reports from many machines (fetched with contrib/ansible/inspect.yml): duplicates, refusals and hosts to come, one verdict a machine. Changes nothing on Mackerel.</source>
        <translation>オーガニゼーションの Mackerel ホストを、多数のマシンのレポート (contrib/ansible/inspect.yml で収集) と結合します: 重複、起動拒否、これから作られるホストを、マシンごとに 1 つの判定で示します。Mackerel 上の何も変更しません。</translation>
    </message>
    <message>
        <source>--role goes with --service</source>
        <translation>--role は --service と併用します</translation>
    </message>
    <message>
        <source>--json and --csv exclude each other</source>
        <translation>--json と --csv は同時に指定できません</translation>
    </message>
    <message>
        <source>fleet&apos;s --demo is the simulated organization: &apos;--demo&apos; or &apos;--demo org&apos;, not &apos;%1&apos;</source>
        <translation>fleet の --demo はシミュレートしたオーガニゼーションです: &apos;--demo&apos; か &apos;--demo org&apos; で、&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>Write the repair plan to FILE (JSON, documented in README.md) and print it; carry it out with &apos;fleet apply FILE&apos;.</source>
        <translation>修復の計画を FILE に書き (JSON、README.md に記載)、表示します。&apos;fleet apply FILE&apos; で実行します。</translation>
    </message>
    <message>
        <source>--plan prints the plan: as text, or with --json as JSON, not as CSV</source>
        <translation>--plan は計画を表示します: テキストか、--json なら JSON で。CSV にはできません</translation>
    </message>
</context>
<context>
    <name>FleetDemo</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary directory: %1</source>
        <translation>一時ディレクトリを作成できません: %1</translation>
    </message>
    <message>
        <source>cannot start the simulated Mackerel API on 127.0.0.1</source>
        <translation>127.0.0.1 で Mackerel API のシミュレーターを起動できません</translation>
    </message>
</context>
<context>
    <name>FleetJoin</name>
    <message>
        <source>The MAC address %1 is carried by %2 hosts and reports, so it names no single machine (a virtual or cloned address): it joined nothing.</source>
        <translation>MAC アドレス %1 は %2 件のホストとレポートが持っているため、単一のマシンを指しません (仮想またはクローンされたアドレス): 何も結合しませんでした。</translation>
    </message>
    <message>
        <source>%1 and %2 share the %3 %4 but are kept apart: %5.</source>
        <translation>%1 と %2 は %3 %4 を共有していますが、別のものとして扱います: %5。</translation>
    </message>
    <message>
        <source>MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>instance</source>
        <translation>インスタンス</translation>
    </message>
    <message>
        <source>each sent its own report (two inventory names of one host, machines on one host, or cloned MAC addresses?)</source>
        <translation>それぞれが自分のレポートを送っています (1 台のホストにインベントリー名が 2 つ、1 台のホスト上の複数マシン、またはクローンされた MAC アドレス?)</translation>
    </message>
    <message>
        <source>they carry different customIdentifiers</source>
        <translation>持っている customIdentifier が異なります</translation>
    </message>
    <message>
        <source>they are joined into one machine</source>
        <translation>1 台のマシンとして結合します</translation>
    </message>
    <message>
        <source>both carry the customIdentifier %1: one machine under two inventory names?</source>
        <translation>どちらも customIdentifier %1 を持っています: 1 台のマシンにインベントリー名が 2 つ?</translation>
    </message>
    <message>
        <source>both id files name host %1: an id file copied with a disk image? The agents of both machines would report as that one host; delete the copy&apos;s id file</source>
        <translation>どちらの ID ファイルもホスト %1 を指しています: ディスクイメージと一緒にコピーされた ID ファイル? 両方のマシンのエージェントがその 1 台のホストとして報告します。コピー側の ID ファイルを削除してください</translation>
    </message>
    <message>
        <source>%1 is left out: it describes the same machine as %2 (%3)</source>
        <translation>%1 は除外します: %2 と同じマシンを表しています (%3)</translation>
    </message>
    <message>
        <source>host %1 is not in the listing and was not looked up</source>
        <translation>ホスト %1 は一覧になく、問い合わせもしていません</translation>
    </message>
    <message>
        <source>Its agent keeps reporting there; sackerel and the integrations find it again by its customIdentifier or MAC address.</source>
        <translation>そのエージェントが報告を続けます。sackerel とインテグレーションは customIdentifier か MAC アドレスで再びそれを見つけます。</translation>
    </message>
    <message>
        <source>%1 live hosts are this one machine (billed %1 times, alerts split). Keep %2. %3 Retire %4 (mkr retire, or the host&apos;s page).</source>
        <translation>稼働中のホスト %1 台がこの 1 台のマシンです (%1 台分の課金、アラートも分散)。%2 を残してください。%3 %4 を退役させてください (mkr retire、またはホストのページから)。</translation>
    </message>
    <message>
        <source>the instance %1</source>
        <translation>インスタンス %1</translation>
    </message>
    <message>
        <source>Host %1 runs mackerel-agent on a cloud VM but carries no customIdentifier, so the cloud integration cannot find it and will register a second host for %2. %3</source>
        <translation>ホスト %1 はクラウドの VM で mackerel-agent を動かしていますが customIdentifier を持たないため、クラウドのインテグレーションはそれを見つけられず、%2 に 2 台目のホストを登録します。%3</translation>
    </message>
    <message>
        <source>this instance</source>
        <translation>このインスタンス</translation>
    </message>
    <message>
        <source>The report shows that the agent now detects %1: restart (or upgrade) mackerel-agent there so that its next update sets it.</source>
        <translation>レポートによるとエージェントは今では %1 を検出しています: 次の更新で設定されるよう、そこで mackerel-agent を再起動 (またはアップグレード) してください。</translation>
    </message>
    <message>
        <source>Run &apos;mackerel-inspector detect&apos; on the machine to see why the agent does not confirm its cloud (IMDS blocked, a proxy, DNS), fix that, and restart the agent.</source>
        <translation>マシン上で &apos;mackerel-inspector detect&apos; を実行して、エージェントがクラウドを確認できない理由 (IMDS の遮断、プロキシ、DNS) を調べ、直してからエージェントを再起動してください。</translation>
    </message>
    <message>
        <source>Installing mackerel-agent on %1 is safe: it will adopt host %2, registered by the integration, by its customIdentifier %3. Nothing to do.</source>
        <translation>%1 に mackerel-agent を入れても安全です: インテグレーションが登録したホスト %2 を customIdentifier %3 で引き継ぎます。対処不要です。</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 will register a new host%2. Nothing else carries this machine&apos;s identity, so no duplicate follows.</source>
        <translation>%1 の mackerel-agent は新しいホストを登録します%2。このマシンの ID を持つものは他にないので、重複は生じません。</translation>
    </message>
    <message>
        <source>Host %1 was registered by an integration and has no agent, and no report came from its machine. Run the playbook on it to see what its agent would do; nothing to do if no agent is planned.</source>
        <translation>ホスト %1 はインテグレーションが登録したもので、エージェントはなく、そのマシンからのレポートもありません。エージェントがどうするか見るにはそのマシンで playbook を実行してください。エージェントを入れる予定がなければ対処不要です。</translation>
    </message>
    <message>
        <source>Nothing to do: the agent on %1 keeps using host %2.</source>
        <translation>対処不要: %1 のエージェントはホスト %2 を使い続けます。</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対処不要です。</translation>
    </message>
    <message>
        <source>Could not tell what the agent on %1 would do: %2</source>
        <translation>%1 のエージェントがどうするか判断できませんでした: %2</translation>
    </message>
    <message>
        <source>%1 carry the customIdentifier %2</source>
        <translation>%1 は customIdentifier %2 を持っています</translation>
    </message>
    <message>
        <source> and </source>
        <translation> と </translation>
    </message>
    <message>
        <source>the id file of %1 names host %2</source>
        <translation>%1 の ID ファイルはホスト %2 を指しています</translation>
    </message>
    <message>
        <source>%1 name the same cloud instance %2</source>
        <translation>%1 は同じクラウドインスタンス %2 を指しています</translation>
    </message>
    <message>
        <source>%1 have the MAC address %2</source>
        <translation>%1 は MAC アドレス %2 を持っています</translation>
    </message>
    <message>
        <source>%1 also share the %2 %3 (this supports the join; alone it would not make one)</source>
        <translation>%1 は %2 %3 も共有しています (結合を補強しますが、これだけでは結合しません)</translation>
    </message>
    <message>
        <source>address</source>
        <translation>アドレス</translation>
    </message>
    <message>
        <source>host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>The id files of %1 all name host %2: copied between machines (with a disk image?). Only the machine whose customIdentifier that host carries may keep it.</source>
        <translation>%1 の ID ファイルはどれもホスト %2 を指しています: マシン間でコピーされています (ディスクイメージと一緒に?)。そのホストを持ち続けてよいのは、ホストが持つ customIdentifier のマシンだけです。</translation>
    </message>
    <message>
        <source>%1: what the agent would do is unknown: %2</source>
        <translation>%1: エージェントがどうするか不明です: %2</translation>
    </message>
    <message>
        <source>the id file names host %1, which is retired</source>
        <translation>ID ファイルが指すホスト %1 は退役済みです</translation>
    </message>
    <message>
        <source>the id file names host %1 &quot;%2&quot;, which carries the customIdentifier %3 of another machine</source>
        <translation>ID ファイルが指すホスト %1 &quot;%2&quot; は別のマシンの customIdentifier %3 を持っています</translation>
    </message>
    <message>
        <source>the id file names host %1, which the organization does not have</source>
        <translation>ID ファイルが指すホスト %1 はこのオーガニゼーションにありません</translation>
    </message>
    <message>
        <source>The host listing is narrowed by --service/--role: hosts outside it are not listed, so a duplicate outside it is not seen. The reports&apos; identifiers and id files were looked up one by one.</source>
        <translation>ホストの一覧は --service/--role で絞り込まれています: その外のホストは一覧されないため、外側の重複は見えません。レポートの識別子と ID ファイルは 1 件ずつ問い合わせました。</translation>
    </message>
    <message>
        <source> under %1</source>
        <translation> (%1 として)</translation>
    </message>
    <message>
        <source>host %1</source>
        <translation>ホスト %1</translation>
    </message>
    <message>
        <source>report %1</source>
        <translation>レポート %1</translation>
    </message>
    <message numerus="yes">
        <source>%n more shared instance or MAC address(es) kept apart, not listed.</source>
        <translation>
            <numerusform>ほかに %n 件、共有されたインスタンスまたは MAC アドレスで分けたままのものがあります（一覧にはしません）。</numerusform>
        </translation>
    </message>
    <message>
        <source>The id file path in the report is not trustworthy (not an absolute, normalized path free of control characters), so it is not repeated here: %1 is the agent&apos;s default; check the machine&apos;s conf for another.</source>
        <translation>レポートの id ファイルのパスは信頼できない（制御文字を含まない正規化された絶対パスではない）ため、ここには示しません。%1 はエージェントの既定のパスです。別のパスはマシンの conf で確認してください。</translation>
    </message>
    <message numerus="yes">
        <source>and %n more shared address(es), not listed</source>
        <translation>
            <numerusform>ほかに共有アドレス %n 件（一覧にはしません）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more shared host name(s), not listed</source>
        <translation>
            <numerusform>ほかに共有ホスト名 %n 件（一覧にはしません）</numerusform>
        </translation>
    </message>
    <message>
        <source>No report came from this machine: the agent is taken to send what its host carries, with an id file naming that host; run the playbook on it to check.</source>
        <translation>このマシンからのレポートはありません: エージェントはホストが持つ値を送り、ID ファイルはそのホストを指しているものとみなしています。playbook を実行して確かめてください。</translation>
    </message>
    <message>
        <source>No change to the id file or to the identifier the agent sends makes the agent on %1 attach to or keep a host without a duplicate (each was checked by the agent&apos;s own decision): decide by hand which host is this machine.</source>
        <translation>ID ファイルやエージェントが送る識別子をどう変えても、%1 のエージェントが重複なしにホストを引き継ぐか使い続けることはありません (どれもエージェント自身の判定で確かめました): どのホストがこのマシンかを手で決めてください。</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 refuses to start: its id file %2 names host %3, which carries the customIdentifier %4 while the agent sends %5 (the id file was copied with a disk image, or the agent&apos;s cloud detection failed there).</source>
        <translation>%1 の mackerel-agent は起動を拒否します: ID ファイル %2 はホスト %3 を指していますが、そのホストの customIdentifier は %4 で、エージェントが送るのは %5 です (ディスクイメージと一緒に ID ファイルがコピーされたか、そこでエージェントのクラウド検出が失敗しています)。</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 exits at start: its id file %2 names host %3, which this organization does not have (deleted, or another organization&apos;s).</source>
        <translation>%1 の mackerel-agent は起動時に終了します: ID ファイル %2 はホスト %3 を指していますが、このオーガニゼーションにはありません (削除済み、または別のオーガニゼーションのもの)。</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 is not monitoring it: its id file %2 names host %3, which is retired. The agent&apos;s code does not check for a retired host and reports to it; Mackerel&apos;s documentation says such an agent fails to start, in ways it does not describe. A retired host cannot be brought back.</source>
        <translation>%1 の mackerel-agent はこのマシンを監視していません: ID ファイル %2 が指すホスト %3 は退役済みです。エージェントのコードは退役済みかどうかを確かめず、そのホストに報告します。Mackerel のドキュメントはこのようなエージェントは起動に失敗するとしていますが、どう失敗するかは書かれていません。退役したホストは元に戻せません。</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 exits at every start: a directory stands at its id file&apos;s path %2, so the agent finds or registers a host and then cannot save its id; where it registers, every start adds a host.</source>
        <translation>%1 の mackerel-agent は起動のたびに終了します: ID ファイルのパス %2 にディレクトリがあるため、エージェントはホストを見つけるか登録したあと、その ID を保存できません。登録する場合は、起動のたびにホストが増えます。</translation>
    </message>
    <message>
        <source>No change to the id file or to the identifier the agent sends was found that brings the agent to that host (each was checked by the agent&apos;s own decision): run the playbook on the machine and decide by hand.</source>
        <translation>ID ファイルやエージェントが送る識別子をどう変えても、エージェントをそのホストに向ける方法は見つかりませんでした (どれもエージェント自身の判定で確かめました): マシンで playbook を実行し、手で決めてください。</translation>
    </message>
    <message>
        <source>mackerel-agent on %1 will register a new host next to %2, which is this same machine by its evidence: a duplicate. Before installing the agent:</source>
        <translation>%1 の mackerel-agent は、根拠からこの同じマシンである %2 とは別に新しいホストを登録します: 重複です。エージェントをインストールする前に:</translation>
    </message>
</context>
<context>
    <name>FleetPlan</name>
    <message>
        <source>No report from this machine, so the plan knows neither its inventory name nor its id file: run contrib/ansible/inspect.yml on it, then plan again. %1</source>
        <translation>このマシンのレポートがないため、計画はそのインベントリ名も id ファイルも知りません。contrib/ansible/inspect.yml を実行してから、もう一度計画してください。%1</translation>
    </message>
    <message>
        <source>The report does not say where the id file is. %1</source>
        <translation>レポートに id ファイルの場所がありません。%1</translation>
    </message>
    <message>
        <source>The agent on %1 detects no cloud (platform %2), so restarting it cannot make it find the right host; no host is retired while the machine is not fixed. %3</source>
        <translation>%1 のエージェントはクラウドを検出しない (platform %2) ため、再起動しても正しいホストを見つけられません。マシンが直るまでホストは退役させません。%3</translation>
    </message>
    <message>
        <source>No live host carries the machine&apos;s customIdentifier %1 for the agent to attach to. %2</source>
        <translation>エージェントが紐付くべき、マシンの customIdentifier %1 を持つ稼働中のホストがありません。%2</translation>
    </message>
    <message>
        <source>%1 hosts besides %2: apply retires at most one host a machine; retire the others by hand, then plan again. %3</source>
        <translation>%2 のほかにホストが %1 台あります。apply が退役させるのはマシンごとに最大 1 台です。残りは手で退役させてから、もう一度計画してください。%3</translation>
    </message>
    <message>
        <source>Host %1 was registered by %2, which registers it again by its own rules; retiring it rests on behaviour the API documents do not state. %3</source>
        <translation>ホスト %1 は %2 が登録したもので、%2 は独自の規則で再び登録します。退役させるには API ドキュメントに書かれていない挙動に頼ることになります。%3</translation>
    </message>
    <message>
        <source>No automatic remedy: the host lacks the customIdentifier the agent sends only when it detects its cloud. %1</source>
        <translation>自動の対処はありません。このホストには、エージェントがクラウドを検出したときにだけ送る customIdentifier がありません。%1</translation>
    </message>
    <message>
        <source>move the id file %1 aside (kept as %1.copied-&lt;time&gt;)</source>
        <translation>id ファイル %1 を退避する (%1.copied-&lt;時刻&gt; として残す)</translation>
    </message>
    <message>
        <source>restart the agent (mackerel_agent_restart)</source>
        <translation>エージェントを再起動する (mackerel_agent_restart)</translation>
    </message>
    <message>
        <source>check that the id file names host %1, live, carrying %2</source>
        <translation>id ファイルが、%2 を持つ稼働中のホスト %1 を指すことを確かめる</translation>
    </message>
    <message>
        <source>check that the id file names a new live host</source>
        <translation>id ファイルが新しい稼働中のホストを指すことを確かめる</translation>
    </message>
    <message>
        <source>check that the id file names a new live host carrying %1</source>
        <translation>id ファイルが、%1 を持つ新しい稼働中のホストを指すことを確かめる</translation>
    </message>
    <message>
        <source>check that host %1 shows the agent (meta agent-version, metric loadavg5)</source>
        <translation>ホスト %1 にエージェントが見えることを確かめる (meta agent-version、メトリック loadavg5)</translation>
    </message>
    <message>
        <source>read host %1 again and, unchanged, retire it</source>
        <translation>ホスト %1 を読み直し、変わっていなければ退役させる</translation>
    </message>
    <message>
        <source>cannot write the plan %1: %2</source>
        <translation>計画 %1 を書けません: %2</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; must be %3</source>
        <translation>%1: &quot;%2&quot; は %3 でなければなりません</translation>
    </message>
    <message>
        <source>a string or null</source>
        <translation>文字列か null</translation>
    </message>
    <message>
        <source>a non-empty string</source>
        <translation>空でない文字列</translation>
    </message>
    <message>
        <source>%1: a host must be an object</source>
        <translation>%1: ホストはオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;retired&quot; must be true or false</source>
        <translation>%1: &quot;retired&quot; は true か false でなければなりません</translation>
    </message>
    <message>
        <source>%1: a step must be an object</source>
        <translation>%1: ステップはオブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: unknown step kind</source>
        <translation>%1: 不明なステップの種類</translation>
    </message>
    <message>
        <source>%1: unknown &quot;expect&quot;</source>
        <translation>%1: 不明な &quot;expect&quot;</translation>
    </message>
    <message>
        <source>%1: a blocked machine has only manual steps</source>
        <translation>%1: ブロックされたマシンには手作業のステップしか置けません</translation>
    </message>
    <message>
        <source>%1: neither steps nor a reason it is blocked</source>
        <translation>%1: ステップもブロックの理由もありません</translation>
    </message>
    <message>
        <source>%1: a manual step in a machine that is not blocked</source>
        <translation>%1: ブロックされていないマシンに手作業のステップがあります</translation>
    </message>
    <message>
        <source>%1: steps out of order or repeated</source>
        <translation>%1: ステップの順序が違うか、重複しています</translation>
    </message>
    <message>
        <source>%1: a retire before its verify</source>
        <translation>%1: 確認より前に退役があります</translation>
    </message>
    <message>
        <source>%1: retires host %2, which the machine does not record</source>
        <translation>%1: マシンに記録されていないホスト %2 を退役させようとしています</translation>
    </message>
    <message>
        <source>%1: verifies host %2, which the machine does not record</source>
        <translation>%1: マシンに記録されていないホスト %2 を確認しようとしています</translation>
    </message>
    <message>
        <source>%1: steps on the machine without an inventory host</source>
        <translation>%1: インベントリのホストがないのにマシン上のステップがあります</translation>
    </message>
    <message>
        <source>%1: no verify step</source>
        <translation>%1: 確認のステップがありません</translation>
    </message>
    <message>
        <source>%1: retires the host it keeps</source>
        <translation>%1: 残すはずのホストを退役させようとしています</translation>
    </message>
    <message>
        <source>the plan is larger than %1 MiB</source>
        <translation>計画が %1 MiB を超えています</translation>
    </message>
    <message>
        <source>not a JSON object (%1)</source>
        <translation>JSON オブジェクトではありません (%1)</translation>
    </message>
    <message>
        <source>not a version %1 plan of mackerel-inspector</source>
        <translation>mackerel-inspector のバージョン %1 の計画ではありません</translation>
    </message>
    <message>
        <source>&quot;createdAt&quot; must be an ISO 8601 time</source>
        <translation>&quot;createdAt&quot; は ISO 8601 の時刻でなければなりません</translation>
    </message>
    <message>
        <source>&quot;reports&quot; must be a list of paths</source>
        <translation>&quot;reports&quot; はパスのリストでなければなりません</translation>
    </message>
    <message>
        <source>&quot;machines&quot; must be a list</source>
        <translation>&quot;machines&quot; はリストでなければなりません</translation>
    </message>
    <message>
        <source>machine %1</source>
        <translation>マシン %1</translation>
    </message>
    <message>
        <source>%1: must be an object</source>
        <translation>%1: オブジェクトでなければなりません</translation>
    </message>
    <message>
        <source>%1: &quot;hosts&quot; and &quot;steps&quot; must be lists</source>
        <translation>%1: &quot;hosts&quot; と &quot;steps&quot; はリストでなければなりません</translation>
    </message>
    <message>
        <source>%1: host %2 appears in two machines</source>
        <translation>%1: ホスト %2 が 2 つのマシンに現れます</translation>
    </message>
    <message>
        <source>%1: inventory host %2 appears twice</source>
        <translation>%1: インベントリのホスト %2 が 2 回現れます</translation>
    </message>
    <message>
        <source>The checked remedy is not moving the id file aside. %1</source>
        <translation>確かめた対処は ID ファイルの退避ではありません。%1</translation>
    </message>
    <message>
        <source>The host the agent would attach to is not one this plan records. %1</source>
        <translation>エージェントが引き継ぐホストはこのプランに記録されていません。%1</translation>
    </message>
    <message>
        <source>The id file names a retired host, whose handling by the service is undocumented: move it aside by hand, watching the agent&apos;s log. %1</source>
        <translation>ID ファイルは退役済みのホストを指しています。サービスがこれをどう扱うかは文書化されていません: エージェントのログを見ながら手で退避してください。%1</translation>
    </message>
    <message>
        <source>A directory stands at the id file&apos;s path; apply moves only id files. %1</source>
        <translation>ID ファイルのパスにディレクトリがあります。apply が退避するのは ID ファイルだけです。%1</translation>
    </message>
</context>
<context>
    <name>FleetReport</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 は空です</translation>
    </message>
    <message>
        <source>%1 is not valid JSON (%2 at byte %3)%4</source>
        <translation>%1 は正しい JSON ではありません (バイト %3 で %2)%4</translation>
    </message>
    <message>
        <source>: the file ends early, was it cut off?</source>
        <translation>: ファイルが途中で終わっています。切り詰められていませんか?</translation>
    </message>
    <message>
        <source>%1 is JSON, but not a report of &apos;mackerel-inspector inspect --json&apos; (it lacks platform, host or probes)</source>
        <translation>%1 は JSON ですが、&apos;mackerel-inspector inspect --json&apos; のレポートではありません (platform、host、probes のいずれかがありません)</translation>
    </message>
    <message>
        <source>%1 has no host name (host.name)</source>
        <translation>%1 にはホスト名 (host.name) がありません</translation>
    </message>
    <message>
        <source>%1: idFile.state &quot;%2&quot; is none of absent, present, empty, unreadable</source>
        <translation>%1: idFile.state &quot;%2&quot; は absent、present、empty、unreadable のいずれでもありません</translation>
    </message>
    <message>
        <source>%1: idFile is present but names no hostId</source>
        <translation>%1: idFile は present ですが hostId がありません</translation>
    </message>
    <message>
        <source>%1: idFile is not an object</source>
        <translation>%1: idFile がオブジェクトではありません</translation>
    </message>
    <message>
        <source>%1 is left out: %2 already reports the inventory name &quot;%3&quot;</source>
        <translation>%1 は除外します: %2 がすでにインベントリー名 &quot;%3&quot; を報告しています</translation>
    </message>
    <message>
        <source>%1 holds no report (*.json)</source>
        <translation>%1 にはレポート (*.json) がありません</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 は存在しません</translation>
    </message>
    <message>
        <source>%1 cannot be read (%2)</source>
        <translation>%1 を読み込めません (%2)</translation>
    </message>
    <message>
        <source>%1 is left out: %2</source>
        <translation>%1 は除外します: %2</translation>
    </message>
    <message>
        <source>%1 is left out: it is more than a report holds (%2 bytes at most)</source>
        <translation>%1 は除外しました: レポートとしては大きすぎます（最大 %2 バイト）</translation>
    </message>
</context>
<context>
    <name>GceMetadataParser</name>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>&quot;%1&quot; は文字列ではありません</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a number (the agent reads it as an unsigned 64-bit integer)</source>
        <translation>&quot;%1&quot; は数値ではありません (エージェントは符号なし 64 ビット整数として読みます)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2, not an unsigned 64-bit integer</source>
        <translation>&quot;%1&quot; は %2 で、符号なし 64 ビット整数ではありません</translation>
    </message>
    <message>
        <source>not valid JSON (%1 at byte %2)</source>
        <translation>正しい JSON ではありません (バイト %2 で %1)</translation>
    </message>
    <message>
        <source>the JSON is not an object</source>
        <translation>JSON がオブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;instance&quot; is not an object</source>
        <translation>&quot;instance&quot; がオブジェクトではありません</translation>
    </message>
    <message>
        <source>&quot;project&quot; is not an object</source>
        <translation>&quot;project&quot; がオブジェクトではありません</translation>
    </message>
</context>
<context>
    <name>GceProbe</name>
    <message>
        <source>status 200 with an HTML page; the agent still takes this as GCE</source>
        <translation>ステータス 200 で HTML ページ。それでもエージェントは GCE とみなします</translation>
    </message>
    <message>
        <source>status 200 (%1 bytes): this is GCE</source>
        <translation>ステータス 200 (%1 バイト): GCE です</translation>
    </message>
    <message>
        <source>status 403: the server refused the request</source>
        <translation>ステータス 403: サーバーが要求を拒否しました</translation>
    </message>
    <message>
        <source>status %1: not a GCE metadata server</source>
        <translation>ステータス %1: GCE のメタデータサーバーではありません</translation>
    </message>
    <message>
        <source>an HTML page, </source>
        <translation>HTML ページ、</translation>
    </message>
    <message>
        <source>JSON without an &quot;instance&quot; object</source>
        <translation>&quot;instance&quot; オブジェクトのない JSON</translation>
    </message>
    <message>
        <source>instance id %1</source>
        <translation>インスタンス ID %1</translation>
    </message>
    <message>
        <source>The GCE metadata request failed on the second ask (%1), so mackerel-agent would send no cloud metadata and no customIdentifier.</source>
        <translation>GCE のメタデータ要求が 2 回目で失敗したため (%1)、mackerel-agent はクラウドメタデータも customIdentifier も送りません。</translation>
    </message>
    <message>
        <source>metadata.google.internal answered 200 with a body the agent cannot read (%1). mackerel-agent would still choose GCE, but send no cloud metadata and no customIdentifier.</source>
        <translation>metadata.google.internal は 200 で、エージェントが読めない本文を返しました (%1)。mackerel-agent はそれでも GCE を選びますが、クラウドメタデータも customIdentifier も送りません。</translation>
    </message>
    <message>
        <source>The GCE metadata has no &quot;instance&quot; object: mackerel-agent would stop with a nil-pointer panic while suggesting its customIdentifier.</source>
        <translation>GCE のメタデータに &quot;instance&quot; オブジェクトがありません: mackerel-agent は customIdentifier を求める途中で nil ポインターの panic により停止します。</translation>
    </message>
    <message>
        <source>The GCE instance id is 0 (or missing): no instance has that id, but mackerel-agent would send &quot;%1&quot;.</source>
        <translation>GCE のインスタンス ID が 0 (または欠落) です: その ID のインスタンスはありませんが、mackerel-agent は &quot;%1&quot; を送ります。</translation>
    </message>
</context>
<context>
    <name>GuardCommand</name>
    <message>
        <source>systemctl daemon-reload failed; run it yourself</source>
        <translation>systemctl daemon-reload が失敗しました。手動で実行してください</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>Installed %1: mackerel-agent&apos;s next start runs the guard first.</source>
        <translation>%1 をインストールしました: mackerel-agent の次回の起動ではまず guard が動きます。</translation>
    </message>
    <message>
        <source>cannot remove %1</source>
        <translation>%1 を削除できません</translation>
    </message>
    <message>
        <source>Removed %1.</source>
        <translation>%1 を削除しました。</translation>
    </message>
    <message>
        <source>mackerel-agent&apos;s root, as its unit passes it ($ROOT; default: root in the conf, else %1); the id file is DIR/id, below --root.</source>
        <translation>mackerel-agent の root (ユニットが渡す $ROOT。既定は conf の root、なければ %1)。ID ファイルは --root の下の DIR/id です。</translation>
    </message>
    <message>
        <source>Where the agent would register a second host of this machine: block (default) or warn.</source>
        <translation>エージェントがこのマシンの 2 つ目のホストを登録しそうなとき: block (既定) または warn。</translation>
    </message>
    <message>
        <source>Move an id file copied from another machine aside (id.copied-&lt;time&gt;) and let the agent start.</source>
        <translation>別のマシンからコピーされた ID ファイルを脇へ移して (id.copied-&lt;時刻&gt;)、エージェントを起動させます。</translation>
    </message>
    <message>
        <source>Move an id file naming a host the organization does not have aside and let the agent start.</source>
        <translation>オーガニゼーションにないホストを指す ID ファイルを脇へ移して、エージェントを起動させます。</translation>
    </message>
    <message>
        <source>Keep the agent from starting also when the guard cannot decide (exit 15).</source>
        <translation>guard が判断できないときもエージェントを起動させません (終了ステータス 15)。</translation>
    </message>
    <message>
        <source>Time budget in ms (default 20000); past it the guard lets the agent start.</source>
        <translation>制限時間 (ms、既定 20000)。これを過ぎると guard はエージェントを起動させます。</translation>
    </message>
    <message>
        <source>Write the systemd drop-in that runs the guard, with the other options given, before mackerel-agent.</source>
        <translation>mackerel-agent の前に、指定した他のオプションで guard を実行する systemd のドロップインを書き込みます。</translation>
    </message>
    <message>
        <source>Remove the drop-in.</source>
        <translation>ドロップインを削除します。</translation>
    </message>
    <message>
        <source>Directory of the drop-in (default %1).</source>
        <translation>ドロップインのディレクトリ (既定 %1)。</translation>
    </message>
    <message>
        <source>With --demo: what the simulated Mackerel organization holds: %1 (default agentless).</source>
        <translation>--demo と併用: シミュレートした Mackerel オーガニゼーションが持つもの: %1 (既定 agentless)。</translation>
    </message>
    <message>
        <source>Run before mackerel-agent starts (ExecStartPre of its unit): keep it from starting where it would register a duplicate host or refuse to start, and say why in one line. Words after -- are the agent&apos;s own options. Reads the API only.</source>
        <translation>mackerel-agent の起動前に (ユニットの ExecStartPre として) 実行し、重複ホストを登録しそうなときや起動を拒否しそうなときはエージェントを起動させず、理由を 1 行で示します。-- の後ろの語はエージェント自身のオプションです。API は読むだけです。</translation>
    </message>
    <message>
        <source>--install and --uninstall exclude each other</source>
        <translation>--install と --uninstall は同時に指定できません</translation>
    </message>
    <message>
        <source>--on-duplicate must be block or warn</source>
        <translation>--on-duplicate は block か warn です</translation>
    </message>
    <message>
        <source>--budget takes milliseconds from 1 to 600000</source>
        <translation>--budget は 1 から 600000 までのミリ秒で指定します</translation>
    </message>
    <message>
        <source>--seed goes with --demo and is one of %1</source>
        <translation>--seed は --demo と併用し、%1 のいずれかです</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos; (the agent&apos;s options go after --)</source>
        <translation>想定外の引数 &apos;%1&apos; (エージェントのオプションは -- の後ろに置きます)</translation>
    </message>
</context>
<context>
    <name>GuiCommand</name>
    <message>
        <source>no display for the window (DISPLAY is not set).</source>
        <translation>ウィンドウを表示するディスプレイがありません (DISPLAY が設定されていません)。</translation>
    </message>
    <message>
        <source>For the report in this terminal run: %1</source>
        <translation>この端末でレポートを見るには次を実行してください: %1</translation>
    </message>
    <message>
        <source>The Mackerel Inspector window.</source>
        <translation>Mackerel Inspector のウィンドウ。</translation>
    </message>
    <message>
        <source>Render the window to FILE (PNG) once detection has finished, then exit.</source>
        <translation>検出が終わったらウィンドウを FILE (PNG) に描画して終了します。</translation>
    </message>
    <message>
        <source>cannot write the screenshot %1</source>
        <translation>スクリーンショット %1 を書き込めません</translation>
    </message>
    <message>
        <source>--tab takes a number from 1 to %1</source>
        <translation>--tab には 1 から %1 までの数を指定します</translation>
    </message>
    <message>
        <source>Open on tab N (1: evidence, 2: cloud metadata, 3: host specs, 4: Mackerel, 5: fleet).</source>
        <translation>タブ N を開きます (1: 根拠、2: クラウドメタデータ、3: ホストスペック、4: Mackerel、5: フリート)。</translation>
    </message>
    <message>
        <source>Demo: simulated %1</source>
        <translation>デモ: シミュレートした %1</translation>
    </message>
</context>
<context>
    <name>HostIdFile</name>
    <message>
        <source>it is a directory</source>
        <translation>ディレクトリです</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a host id</source>
        <translation>&apos;%1&apos; はホスト ID ではありません</translation>
    </message>
    <message>
        <source>%1 exists but cannot be read (%2); not overwriting it</source>
        <translation>%1 は存在しますが読み込めません (%2)。上書きしません</translation>
    </message>
    <message>
        <source>%1 already holds host id %2; not overwriting it with %3 (delete it first if this machine is no longer that host)</source>
        <translation>%1 にはすでにホスト ID %2 があります。%3 で上書きしません (このマシンがもうそのホストでないなら、先に削除してください)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 を作成できません</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>HostMatcher</name>
    <message>
        <source>The organization&apos;s hosts could not be listed to look for hosts that are this machine without its identifier: %1</source>
        <translation>識別子を持たないこのマシンのホストを探すためのオーガニゼーションのホスト一覧を取得できませんでした: %1</translation>
    </message>
    <message>
        <source>the same instance</source>
        <translation>同じインスタンス</translation>
    </message>
    <message>
        <source>the MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>The agent would create a duplicate: %1 is already this machine by its evidence but does not carry its customIdentifier.</source>
        <translation>エージェントは重複を作ります: %1 は根拠からすでにこのマシンですが、その customIdentifier を持っていません。</translation>
    </message>
    <message>
        <source>The agent would create a duplicate: %1 are already this machine by its evidence but do not carry its customIdentifier.</source>
        <translation>エージェントは重複を作ります: %1 は根拠からすでにこのマシンですが、その customIdentifier を持っていません。</translation>
    </message>
</context>
<context>
    <name>HostRegistrar</name>
    <message>
        <source>no Mackerel API client</source>
        <translation>Mackerel API クライアントがありません</translation>
    </message>
    <message>
        <source>host %1 already carries the customIdentifier &quot;%2&quot;: attach to it (update) instead of creating a duplicate</source>
        <translation>ホスト %1 はすでに customIdentifier &quot;%2&quot; を持っています: 重複を作らずに、そのホストに紐づけて (更新して) ください</translation>
    </message>
    <message>
        <source>%1. The host may have been created all the same; without a customIdentifier it cannot be told apart, so it is not retried: check the host list on Mackerel before trying again</source>
        <translation>%1。ホストは作成されている可能性があります。customIdentifier がないので見分けられず、再試行しません: もう一度試す前に Mackerel のホスト一覧を確認してください</translation>
    </message>
    <message>
        <source>%1; no host carries the customIdentifier yet. Not posting a third time: try again later</source>
        <translation>%1。customIdentifier を持つホストはまだありません。3 回目の送信はしません: 時間をおいて再試行してください</translation>
    </message>
    <message>
        <source>%1, and looking the customIdentifier up failed too (%2): the host may exist; run match before trying again</source>
        <translation>%1。customIdentifier での検索も失敗しました (%2): ホストが存在する可能性があります。再試行する前に match を実行してください</translation>
    </message>
    <message>
        <source>the id file %1 now holds host id %2: the agent would use that host, and a new one would be a duplicate. Check the match again</source>
        <translation>ID ファイル %1 には今ホスト ID %2 が入っています: エージェントはそのホストを使うので、新しいホストは重複になります。照合をもう一度確認してください</translation>
    </message>
    <message>
        <source>the id file %1 cannot be read (%2): it may name a host the agent would use, so nothing is created</source>
        <translation>ID ファイル %1 を読めません (%2): エージェントが使うホストを指しているかもしれないので、何も作成しません</translation>
    </message>
    <message>
        <source>without a customIdentifier the agent cannot find the host created now, and would register a second one at its start: write the host id file with it, so that it finds the id</source>
        <translation>customIdentifier がないと、エージェントは今作成したホストを見つけられず、起動時に 2 台目を登録します: ID を見つけられるよう、ホスト ID ファイルも書き込んでください</translation>
    </message>
    <message>
        <source> If another host already carries the customIdentifier &quot;%1&quot; (it is unique in the organization), that is why: run match to see which</source>
        <translation> 別のホストがすでに customIdentifier &quot;%1&quot; を持っているなら (組織内で一意です)、それが理由です: match を実行してどのホストか確認してください</translation>
    </message>
    <message>
        <source>the host&apos;s roles changed since the plan (%1 would be removed, which was not confirmed): nothing was sent; plan again</source>
        <translation>計画の後にホストのロールが変わりました (確認していない %1 が外れます): 何も送っていません。計画し直してください</translation>
    </message>
    <message>
        <source>%1; without the host&apos;s check monitors the update cannot show which of them it keeps, so nothing was sent</source>
        <translation>%1。ホストのチェック監視が分からないと、更新でどれが残るかを示せないため、何も送っていません</translation>
    </message>
    <message>
        <source>%1; the roles were not replaced</source>
        <translation>%1。ロールは置き換えていません</translation>
    </message>
</context>
<context>
    <name>HostSpecCollector</name>
    <message>
        <source>meta.agent-version, meta.agent-revision and meta.agent-name are the agent&apos;s own: it sends its version, its git revision and &quot;mackerel-agent/&lt;version&gt; (Revision &lt;revision&gt;)&quot;; the inspector leaves them out</source>
        <translation>meta.agent-version、meta.agent-revision、meta.agent-name はエージェント自身の値です: バージョン、git リビジョン、&quot;mackerel-agent/&lt;version&gt; (Revision &lt;revision&gt;)&quot; を送ります。インスペクターはこれらを省きます</translation>
    </message>
    <message>
        <source>name: no /proc/sys/kernel/hostname below %1; this host&apos;s name is used</source>
        <translation>name: %1 の下に /proc/sys/kernel/hostname がありません。このホストの名前を使います</translation>
    </message>
</context>
<context>
    <name>HostUpdatePlan</name>
    <message>
        <source>no agent conf was read, so the checks to send are unknown: the update syncs the host&apos;s check monitors to the list it sends, and an empty list would remove them. Read the machine&apos;s mackerel-agent.conf, or choose what to send: the host&apos;s current check monitors (keeps them) or none (removes them)</source>
        <translation>エージェントの設定ファイルを読んでいないため、送る checks が分かりません: 更新はホストのチェック監視を送ったリストに合わせるので、空のリストではそれらが削除されます。マシンの mackerel-agent.conf を読むか、送るものを選んでください: ホストの現在のチェック監視 (残す) か、なし (削除する) です</translation>
    </message>
    <message>
        <source>the host&apos;s check monitors could not be read, so they cannot be kept</source>
        <translation>ホストのチェック監視を読めなかったため、残せません</translation>
    </message>
    <message numerus="yes">
        <source>the update removes %n check monitor(s) of the host: %1 (one with an open alert stays until the alert is closed)</source>
        <translation>
            <numerusform>この更新でホストのチェック監視 %n 件が削除されます: %1 (アラートが未解決のものは、アラートが閉じるまで残ります)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HostedOn</name>
    <message>
        <source>%1 unreadable by this user</source>
        <translation>%1 はこのユーザーには読めません</translation>
    </message>
    <message>
        <source>no known cloud</source>
        <translation>既知のクラウドではない</translation>
    </message>
    <message>
        <source>no known cloud (no DMI files to read)</source>
        <translation>既知のクラウドではない (読める DMI ファイルなし)</translation>
    </message>
</context>
<context>
    <name>HttpExchange</name>
    <message>
        <source>no complete answer within %1 ms</source>
        <translation>%1 ms 以内に完全な応答がありません</translation>
    </message>
    <message>
        <source>no network access manager</source>
        <translation>ネットワークアクセスマネージャーがありません</translation>
    </message>
    <message>
        <source>the answer announces %1 bytes, over the %2-byte cap</source>
        <translation>応答は %1 バイトと宣言しており、上限 %2 バイトを超えています</translation>
    </message>
    <message>
        <source>the answer is over the %1-byte cap</source>
        <translation>応答が上限 %1 バイトを超えています</translation>
    </message>
    <message>
        <source>connection refused: nothing listens there</source>
        <translation>接続拒否: 待ち受けているものがありません</translation>
    </message>
    <message>
        <source>host not found or unreachable: %1</source>
        <translation>ホストが見つからないか到達できません: %1</translation>
    </message>
    <message>
        <source>timed out: %1</source>
        <translation>タイムアウト: %1</translation>
    </message>
    <message>
        <source>network error: %1</source>
        <translation>ネットワークエラー: %1</translation>
    </message>
</context>
<context>
    <name>InspectCommand</name>
    <message>
        <source>Demo: simulated %1 instance at %2; the specs are read below %3</source>
        <translation>デモ: シミュレートした %1 インスタンス (%2)。スペックは %3 の下から読みます</translation>
    </message>
    <message>
        <source>Print the host payload mackerel-agent would send to Mackerel (POST /api/v0/hosts): specs, interfaces, roles, checks, cloud and customIdentifier. The agent adds meta.%1 itself.</source>
        <translation>mackerel-agent が Mackerel に送るホストのペイロード (POST /api/v0/hosts) を出力します: スペック、インターフェース、ロール、チェック、クラウド、customIdentifier。meta.%1 はエージェント自身が加えます。</translation>
    </message>
    <message>
        <source>The host id file %1 cannot be read (%2). mackerel-agent reads it as root: where this user lacks the permission, run inspect as root (sudo) to see the host the agent would use.</source>
        <translation>ホスト ID ファイル %1 を読めません (%2)。mackerel-agent は root で読みます: このユーザーに権限がなければ、エージェントが使うホストを見るには inspect を root (sudo) で実行してください。</translation>
    </message>
    <message>
        <source>left out (see warnings)</source>
        <translation>省略 (警告を参照)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>稼働基盤</translation>
    </message>
    <message>
        <source>Configuration</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>%1 not found: the agent&apos;s defaults</source>
        <translation>%1 がありません: エージェントの既定値</translation>
    </message>
    <message numerus="yes">
        <source> (+%n included)</source>
        <translation>
            <numerusform> (+%n 件の include)</numerusform>
        </translation>
    </message>
    <message>
        <source>Id file</source>
        <translation>ID ファイル</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>表示名</translation>
    </message>
    <message>
        <source>OS</source>
        <translation>OS</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>CPU</source>
        <translation>CPU</translation>
    </message>
    <message>
        <source>Memory</source>
        <translation>メモリー</translation>
    </message>
    <message>
        <source>%1 total, %2 swap</source>
        <translation>合計 %1、スワップ %2</translation>
    </message>
    <message>
        <source>Block devices</source>
        <translation>ブロックデバイス</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>%1 on %2, %3 used of %4 kB</source>
        <translation>%1 (%2 にマウント)、%4 kB 中 %3 使用</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>インターフェース</translation>
    </message>
    <message>
        <source>none (null)</source>
        <translation>なし (null)</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>チェック</translation>
    </message>
    <message>
        <source>Agent&apos;s own fields</source>
        <translation>エージェント固有</translation>
    </message>
    <message>
        <source>%1 (filled in by mackerel-agent)</source>
        <translation>%1 (mackerel-agent が記入)</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>The whole payload: %1</source>
        <translation>ペイロード全体: %1</translation>
    </message>
</context>
<context>
    <name>KernelSpec</name>
    <message>
        <source>kernel left out: uname(2) failed</source>
        <translation>kernel を省略: uname(2) が失敗しました</translation>
    </message>
    <message>
        <source>kernel: %1 not below %2; this host&apos;s uname(2) values are used instead</source>
        <translation>kernel: %1 が %2 の下にありません。このホストの uname(2) の値を使います</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>--lang needs a language: %1</source>
        <translation>--lang には言語を指定します: %1</translation>
    </message>
    <message>
        <source>--lang must be one of %1; not &apos;%2&apos;</source>
        <translation>--lang は %1 のいずれかです。&apos;%2&apos; は使えません</translation>
    </message>
    <message>
        <source>Speak LANG: %1 (default: the locale&apos;s, LANGUAGE/LC_ALL/LC_MESSAGES/LANG, else en). --json and --csv stay English.</source>
        <translation>LANG で表示します: %1 (既定はロケール LANGUAGE/LC_ALL/LC_MESSAGES/LANG、なければ en)。--json と --csv は英語のままです。</translation>
    </message>
</context>
<context>
    <name>MackerelApiCall</name>
    <message>
        <source>finding hosts by customIdentifier</source>
        <translation>customIdentifier でホストを検索中</translation>
    </message>
    <message>
        <source>getting the host</source>
        <translation>ホストを取得中</translation>
    </message>
    <message>
        <source>creating the host</source>
        <translation>ホストを作成中</translation>
    </message>
    <message>
        <source>updating the host</source>
        <translation>ホストを更新中</translation>
    </message>
    <message>
        <source>listing hosts</source>
        <translation>ホストを一覧中</translation>
    </message>
    <message>
        <source>%1; trying again in %2 ms</source>
        <translation>%1。%2 ms 後に再試行します</translation>
    </message>
    <message>
        <source> (after %1 tries)</source>
        <translation> (%1 回試行後)</translation>
    </message>
    <message>
        <source>%1: the Mackerel API at %2 could not be reached: %3</source>
        <translation>%1: %2 の Mackerel API に到達できませんでした: %3</translation>
    </message>
    <message>
        <source>%1: the answer (status %2, %3) is not the Mackerel API&apos;s JSON; is the API base URL right?</source>
        <translation>%1: 応答 (ステータス %2、%3) は Mackerel API の JSON ではありません。API のベース URL は正しいですか?</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>Content-Type なし</translation>
    </message>
    <message>
        <source>%1: the API base redirects (%2 to %3); give the final URL with --apibase</source>
        <translation>%1: API のベースがリダイレクトします (%2 から %3)。最終的な URL を --apibase で指定してください</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the API key (401%2): it is wrong, revoked, or of another organization</source>
        <translation>%1: Mackerel API が API キーを拒否しました (401%2): 間違っている、無効化された、または別のオーガニゼーションのキーです</translation>
    </message>
    <message>
        <source>%1: not found (404)%2</source>
        <translation>%1: 見つかりません (404)%2</translation>
    </message>
    <message>
        <source>%1: the Mackerel API is rate limiting this key (429)%2; wait and try again</source>
        <translation>%1: Mackerel API がこのキーを流量制限しています (429)%2。時間をおいて再試行してください</translation>
    </message>
    <message>
        <source>%1: the Mackerel API failed (%2)%3</source>
        <translation>%1: Mackerel API が失敗しました (%2)%3</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the request (%2)%3</source>
        <translation>%1: Mackerel API が要求を拒否しました (%2)%3</translation>
    </message>
    <message>
        <source>retiring the host</source>
        <translation>ホストを退役させる</translation>
    </message>
    <message>
        <source>listing the host&apos;s metric names</source>
        <translation>ホストのメトリック名の一覧を取得する</translation>
    </message>
    <message>
        <source>replacing the host&apos;s roles</source>
        <translation>ホストのロールの置き換え</translation>
    </message>
    <message>
        <source>listing the host&apos;s monitors</source>
        <translation>ホストの監視の一覧取得</translation>
    </message>
    <message>
        <source>getting a check monitor</source>
        <translation>チェック監視の取得</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the API key (403%2): the key is wrong, of another organization, or has no write permission (Organization settings → API keys); or this address is outside the organization&apos;s permitted IP range</source>
        <translation>%1: Mackerel API が API キーを拒否しました (403%2): キーが間違っている、別のオーガニゼーションのもの、または書き込み権限がありません (オーガニゼーション設定 → API キー)。あるいはこのアドレスがオーガニゼーションの許可 IP アドレス範囲外です</translation>
    </message>
    <message>
        <source>%1: the Mackerel API refused the API key (403%2): the key is wrong, of another organization, or not allowed to read; or this address is outside the organization&apos;s permitted IP range</source>
        <translation>%1: Mackerel API が API キーを拒否しました (403%2): キーが間違っている、別のオーガニゼーションのもの、または読み取りが許されていません。あるいはこのアドレスがオーガニゼーションの許可 IP アドレス範囲外です</translation>
    </message>
</context>
<context>
    <name>MackerelApiClient</name>
    <message>
        <source>no Mackerel API key: give --apikey-file, set MACKEREL_APIKEY, or set apikey in mackerel-agent.conf</source>
        <translation>Mackerel の API キーがありません: --apikey-file を指定するか、MACKEREL_APIKEY か mackerel-agent.conf の apikey を設定してください</translation>
    </message>
    <message>
        <source>the Mackerel API base &apos;%1&apos; is not an http(s) URL</source>
        <translation>Mackerel API のベース &apos;%1&apos; は http(s) の URL ではありません</translation>
    </message>
</context>
<context>
    <name>MackerelHost</name>
    <message>
        <source>the AWS integration (EC2), no agent yet</source>
        <translation>AWS インテグレーション (EC2)、エージェントはまだなし</translation>
    </message>
    <message>
        <source>the Google Cloud integration (GCE), no agent yet</source>
        <translation>Google Cloud インテグレーション (GCE)、エージェントはまだなし</translation>
    </message>
    <message>
        <source>the Azure integration (virtual machine), no agent yet</source>
        <translation>Azure インテグレーション (仮想マシン)、エージェントはまだなし</translation>
    </message>
    <message>
        <source>the API or an integration, no agent yet</source>
        <translation>API またはインテグレーション、エージェントはまだなし</translation>
    </message>
</context>
<context>
    <name>MackerelOptions</name>
    <message>
        <source>With --demo: what the simulated Mackerel organization holds: %1 (default agentless).</source>
        <translation>--demo と併用: シミュレートした Mackerel オーガニゼーションが持つもの: %1 (既定 agentless)。</translation>
    </message>
    <message>
        <source>Read the Mackerel API key from PATH (else $MACKEREL_APIKEY, else apikey in the conf). The key is never taken on the command line.</source>
        <translation>Mackerel の API キーを PATH から読みます (なければ $MACKEREL_APIKEY、なければ conf の apikey)。キーをコマンドラインで受け取ることはありません。</translation>
    </message>
    <message>
        <source>Mackerel API base URL (else $MACKEREL_APIBASE, else apibase in the conf, else %1).</source>
        <translation>Mackerel API のベース URL (なければ $MACKEREL_APIBASE、なければ conf の apibase、なければ %1)。</translation>
    </message>
    <message>
        <source>The agent&apos;s host id file (default &lt;root&gt;/id, root from the conf, %1).</source>
        <translation>エージェントのホスト ID ファイル (既定は &lt;root&gt;/id、root は conf から、%1)。</translation>
    </message>
    <message>
        <source>--seed must be one of %1</source>
        <translation>--seed は %1 のいずれかです</translation>
    </message>
    <message>
        <source>--seed goes with --demo</source>
        <translation>--seed は --demo と併用します</translation>
    </message>
</context>
<context>
    <name>MackerelSettings</name>
    <message>
        <source>--apikey-file: cannot read %1: %2</source>
        <translation>--apikey-file: %1 を読めません: %2</translation>
    </message>
    <message>
        <source>--apikey-file: %1 must hold the API key alone, on one line</source>
        <translation>--apikey-file: %1 には API キーだけを 1 行で書いてください</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not an http(s) URL</source>
        <translation>%1: &apos;%2&apos; は http(s) の URL ではありません</translation>
    </message>
    <message>
        <source>root in %1</source>
        <translation>%1 の root</translation>
    </message>
</context>
<context>
    <name>Main</name>
    <message>
        <source>Which cloud the agent detects here and the customIdentifier it sends</source>
        <translation>このマシンでエージェントが検出するクラウドと、送る customIdentifier</translation>
    </message>
    <message>
        <source>The host payload the agent would send (specs, interfaces, roles, checks, cloud)</source>
        <translation>エージェントが送るホストのペイロード (スペック、インターフェース、ロール、チェック、クラウド)</translation>
    </message>
    <message>
        <source>What the agent would do with this host on Mackerel: attach, create, update, or refuse</source>
        <translation>Mackerel 上でエージェントがこのホストをどう扱うか: attach、create、update、または起動拒否</translation>
    </message>
    <message>
        <source>Create or update this host on Mackerel as the agent would, never a duplicate (--dry-run)</source>
        <translation>エージェントと同じようにこのホストを Mackerel に作成・更新します。重複は作りません (--dry-run)</translation>
    </message>
    <message>
        <source>Join the organization&apos;s hosts with many machines&apos; reports: duplicates and refusals, ahead</source>
        <translation>オーガニゼーションのホストを多数のマシンのレポートと結合: 重複と起動拒否を事前に発見</translation>
    </message>
    <message>
        <source>Serve a cloud&apos;s instance metadata service on 127.0.0.1 (for demos and tests)</source>
        <translation>クラウドのインスタンスメタデータサービスを 127.0.0.1 で提供 (デモとテスト用)</translation>
    </message>
    <message>
        <source>This text; `mackerel-inspector &lt;command&gt; --help` lists a command&apos;s options</source>
        <translation>この説明。`mackerel-inspector &lt;command&gt; --help` でコマンドのオプションを一覧します</translation>
    </message>
    <message>
        <source>Usage: mackerel-inspector [gui] [options]     the window
       mackerel-inspector &lt;command&gt; [options]</source>
        <translation>使い方: mackerel-inspector [gui] [オプション]     ウィンドウ
        mackerel-inspector &lt;command&gt; [オプション]</translation>
    </message>
    <message>
        <source>See, before installing mackerel-agent, what it would detect and send to Mackerel.</source>
        <translation>mackerel-agent をインストールする前に、それが何を検出して Mackerel に送るかを確かめます。</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>コマンド:</translation>
    </message>
    <message>
        <source>Global option, in every command and the window:</source>
        <translation>グローバルオプション (すべてのコマンドとウィンドウで使えます):</translation>
    </message>
    <message>
        <source>Speak LANG: en, ja or ko (default: the locale&apos;s; --json and --csv stay English)</source>
        <translation>LANG で表示します: en、ja、ko (既定はロケールに従う。--json と --csv は英語のまま)</translation>
    </message>
    <message>
        <source>Try it anywhere with the built-in simulator:</source>
        <translation>組み込みのシミュレーターでどこでも試せます:</translation>
    </message>
    <message>
        <source>Detect the cloud platform and customIdentifier as mackerel-agent does.</source>
        <translation>mackerel-agent と同じようにクラウドプラットフォームと customIdentifier を検出します。</translation>
    </message>
    <message>
        <source>The cloud to simulate: %1.</source>
        <translation>シミュレートするクラウド: %1。</translation>
    </message>
    <message>
        <source>Port on 127.0.0.1 (default: any free port).</source>
        <translation>127.0.0.1 のポート (既定: 空いている任意のポート)。</translation>
    </message>
    <message>
        <source>Also serve a simulated Mackerel API (another port) holding --seed&apos;s hosts.</source>
        <translation>--seed のホストを持つ Mackerel API のシミュレーターも提供します (別ポート)。</translation>
    </message>
    <message>
        <source>What the simulated Mackerel organization holds for this instance: %1 (default agentless).</source>
        <translation>シミュレートした Mackerel オーガニゼーションがこのインスタンスについて持つもの: %1 (既定 agentless)。</translation>
    </message>
    <message>
        <source>With --mackerel: serve the hosts of FILE ({&quot;hosts&quot;: [...]}, as the API lists them) instead of the seed&apos;s.</source>
        <translation>--mackerel と併用: seed の代わりに FILE のホスト ({&quot;hosts&quot;: [...]}、API の一覧と同じ形) を提供します。</translation>
    </message>
    <message>
        <source>Serve a cloud&apos;s instance metadata service on 127.0.0.1 until interrupted.</source>
        <translation>クラウドのインスタンスメタデータサービスを、中断されるまで 127.0.0.1 で提供します。</translation>
    </message>
    <message>
        <source>simulate needs --cloud (%1)</source>
        <translation>simulate には --cloud (%1) が必要です</translation>
    </message>
    <message>
        <source>--cloud must be one of %1</source>
        <translation>--cloud は %1 のいずれかです</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535</source>
        <translation>--port は 0 から 65535 までの数です</translation>
    </message>
    <message>
        <source>--seed must be one of %1</source>
        <translation>--seed は %1 のいずれかです</translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>不明なコマンド &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Usage: mackerel-inspector &lt;command&gt; [options]     (this build has no window)</source>
        <translation>使い方: mackerel-inspector &lt;command&gt; [オプション]     (このビルドにはウィンドウがありません)</translation>
    </message>
    <message>
        <source>this build (package mackerel-inspector-cli) has no window; it is in the package mackerel-inspector.</source>
        <translation>このビルド (パッケージ mackerel-inspector-cli) にはウィンドウがありません。ウィンドウはパッケージ mackerel-inspector にあります。</translation>
    </message>
    <message>
        <source>Run one of the commands instead.</source>
        <translation>代わりにいずれかのコマンドを実行してください。</translation>
    </message>
    <message>
        <source>Run before mackerel-agent starts (systemd): stop a duplicate or a copied id file first</source>
        <translation>mackerel-agent の起動前に実行 (systemd): 重複やコピーされた ID ファイルを先に止めます</translation>
    </message>
</context>
<context>
    <name>MatchCommand</name>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Id file</source>
        <translation>ID ファイル</translation>
    </message>
    <message>
        <source>Mackerel API</source>
        <translation>Mackerel API</translation>
    </message>
    <message>
        <source>%1 (%2; key from %3)</source>
        <translation>%1 (%2、キーは %3 から)</translation>
    </message>
    <message>
        <source>nowhere</source>
        <translation>どこにもない</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;%3, %4, by %5</source>
        <translation>%1 &quot;%2&quot;%3、%4、登録元 %5</translation>
    </message>
    <message>
        <source>Also carrying it</source>
        <translation>これも持つホスト</translation>
    </message>
    <message>
        <source>Lookalike</source>
        <translation>同一マシンらしきホスト</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;, %3, by %4: shares %5 %6</source>
        <translation>%1 &quot;%2&quot;、%3、登録元 %4: %5 %6 を共有</translation>
    </message>
    <message>
        <source>the cloud instance</source>
        <translation>クラウドインスタンス</translation>
    </message>
    <message>
        <source>the MAC address</source>
        <translation>MAC アドレス</translation>
    </message>
    <message>
        <source>The agent would exit with:</source>
        <translation>エージェントは次のエラーで終了します:</translation>
    </message>
    <message>
        <source>Warnings:</source>
        <translation>警告:</translation>
    </message>
    <message>
        <source>Evidence:</source>
        <translation>根拠:</translation>
    </message>
    <message>
        <source>Demo: simulated %1 instance at %2, simulated Mackerel API at %3 (seed %4)</source>
        <translation>デモ: シミュレートした %1 インスタンス (%2)、シミュレートした Mackerel API (%3、seed %4)</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>稼働基盤</translation>
    </message>
    <message>
        <source>Firmware&apos;s id</source>
        <translation>ファームウェアの ID</translation>
    </message>
    <message>
        <source>no host carries it</source>
        <translation>持つホストなし</translation>
    </message>
    <message>
        <source>held by %1</source>
        <translation>%1 が保持</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Tell what mackerel-agent would do with this host on Mackerel (attach, create, update, or refuse to start), and why. Changes nothing.</source>
        <translation>mackerel-agent が Mackerel 上でこのホストをどう扱うか (attach、create、update、または起動拒否) とその理由を示します。何も変更しません。</translation>
    </message>
</context>
<context>
    <name>MatchReport</name>
    <message>
        <source>API request failed: %1</source>
        <translation>API 要求が失敗しました: %1</translation>
    </message>
    <message>
        <source>%1 hosts carry the customIdentifier &quot;%2&quot; (%3); the agent takes the first the API lists and ignores the others. Retire the ones that are not this machine.</source>
        <translation>%1 台のホストが customIdentifier &quot;%2&quot; を持っています (%3)。エージェントは API が最初に返したものを使い、残りを無視します。このマシンでないものを退役させてください。</translation>
    </message>
    <message>
        <source>host %1 also carries the customIdentifier &quot;%2&quot;; the id file names %3 instead</source>
        <translation>ホスト %1 も customIdentifier &quot;%2&quot; を持っていますが、ID ファイルは %3 を指しています</translation>
    </message>
    <message>
        <source>host %1 carrying the customIdentifier is retired</source>
        <translation>customIdentifier を持つホスト %1 は退役済みです</translation>
    </message>
    <message>
        <source>The Mackerel API could not tell: %1</source>
        <translation>Mackerel API から判断できませんでした: %1</translation>
    </message>
    <message>
        <source>The id file %1 exists but cannot be read (%2); the agent reads it as root. Run as root, or copy it and pass --id-file.</source>
        <translation>ID ファイル %1 は存在しますが読めません (%2)。エージェントは root で読みます。root で実行するか、コピーして --id-file で指定してください。</translation>
    </message>
    <message>
        <source>The host named by the id file was not looked up.</source>
        <translation>ID ファイルが指すホストは問い合わせていません。</translation>
    </message>
    <message>
        <source>no identifier</source>
        <translation>識別子なし</translation>
    </message>
    <message>
        <source>The id file %1 names host %2; the agent would keep using it and update its specs.</source>
        <translation>ID ファイル %1 はホスト %2 を指しています。エージェントはそれを使い続け、スペックを更新します。</translation>
    </message>
    <message>
        <source> The host has no customIdentifier yet; the agent&apos;s update gives it &quot;%1&quot;.</source>
        <translation> このホストにはまだ customIdentifier がありません。エージェントの更新で &quot;%1&quot; になります。</translation>
    </message>
    <message>
        <source>the id file %1 is empty: the agent treats it as absent and writes a new id into it</source>
        <translation>ID ファイル %1 が空です: エージェントは無いものとして扱い、新しい ID を書き込みます</translation>
    </message>
    <message>
        <source>There is no id file at %1 and no customIdentifier to look up: the agent would register a new host and write its id there. A host registered for this machine by a cloud integration would not be found, and would stay a separate host.</source>
        <translation>%1 に ID ファイルがなく、検索する customIdentifier もありません: エージェントは新しいホストを登録し、その ID をそこに書き込みます。クラウドのインテグレーションがこのマシン用に登録したホストは見つからず、別のホストのままになります。</translation>
    </message>
    <message>
        <source>The customIdentifier was not looked up.</source>
        <translation>customIdentifier は問い合わせていません。</translation>
    </message>
    <message>
        <source> (The agent, meeting this, would go on to register a new host.)</source>
        <translation> (エージェントはこの場合、続けて新しいホストを登録します。)</translation>
    </message>
    <message>
        <source>There is no id file at %1 and no live host carries the customIdentifier &quot;%2&quot;: the agent would register a new host and write its id there.</source>
        <translation>%1 に ID ファイルがなく、customIdentifier &quot;%2&quot; を持つ稼働中のホストもありません: エージェントは新しいホストを登録し、その ID をそこに書き込みます。</translation>
    </message>
    <message>
        <source>There is no id file at %1, and host %2 carries the customIdentifier &quot;%3&quot;: the agent would adopt that host, write its id there and update its specs; no new host is created.</source>
        <translation>%1 に ID ファイルがなく、ホスト %2 が customIdentifier &quot;%3&quot; を持っています: エージェントはそのホストを引き継ぎ、その ID をそこに書き込んでスペックを更新します。新しいホストは作られません。</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>%1 (name &quot;%2&quot;, status %3, registered by %4)</source>
        <translation>%1 (名前 &quot;%2&quot;、ステータス %3、登録元 %4)</translation>
    </message>
    <message>
        <source>%1 (name &quot;%2&quot;, displayName &quot;%3&quot;, status %4, registered by %5)</source>
        <translation>%1 (名前 &quot;%2&quot;、表示名 &quot;%3&quot;、ステータス %4、登録元 %5)</translation>
    </message>
    <message>
        <source>The Mackerel API answered with a server error, or the network failed (%1). The agent meeting this at start gives up its search by customIdentifier after 3 tries, 2 s apart, and registers a new host even where one carries the identifier; it retries a registration up to 20 times, 3 s apart, and a registration whose answer was lost is sent again. Either can register a duplicate host: start the agent once the API answers, and run match again first.</source>
        <translation>Mackerel API がサーバーエラーを返したか、ネットワークが失敗しました (%1)。起動時にこれに出会ったエージェントは、customIdentifier による検索を 2 秒おきに 3 回試したあとあきらめ、識別子を持つホストがあっても新しいホストを登録します。登録は 3 秒おきに最大 20 回再試行し、応答が失われた登録はもう一度送られます。どちらも重複ホストを登録しえます: API が応答するようになってからエージェントを起動し、先に match をもう一度実行してください。</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, which this organization does not have (retired and deleted, or of another organization, or another key&apos;s). The agent would refuse to start.</source>
        <translation>ID ファイル %1 はホスト %2 を指していますが、このオーガニゼーションにはありません (退役して削除された、別のオーガニゼーションのもの、または別のキーのもの)。エージェントは起動を拒否します。</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, and looking it up failed: %3. The agent retries this lookup 20 times, 3 s apart; if it fails that long, the agent exits, naming the id file although the id file may be right.</source>
        <translation>ID ファイル %1 はホスト %2 を指していますが、その取得に失敗しました: %3。エージェントはこの取得を 3 秒おきに 20 回再試行し、その間ずっと失敗すると終了します。ID ファイルが正しくても、エラーは ID ファイルを名指しします。</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, and looking it up failed: %3. The agent does not retry an answer like this: it exits at once, naming the id file although the fault is the key or its organization. Check the API key (its organization and permissions) before touching the id file.</source>
        <translation>ID ファイル %1 はホスト %2 を指していますが、その取得に失敗しました: %3。エージェントはこのような応答を再試行せず、すぐに終了します。原因はキーやそのオーガニゼーションなのに、エラーは ID ファイルを名指しします。ID ファイルに手を付ける前に API キー (オーガニゼーションと権限) を確かめてください。</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, which belongs to &quot;%3&quot;, not to what this machine sends (&quot;%4&quot;): the id file was copied with a disk image, or the agent&apos;s cloud detection failed here. The agent would refuse to start.</source>
        <translation>ID ファイル %1 が指すホスト %2 は &quot;%3&quot; のもので、このマシンが送る値 (&quot;%4&quot;) のものではありません: ディスクイメージと一緒に ID ファイルがコピーされたか、ここでエージェントのクラウド検出が失敗しています。エージェントは起動を拒否します。</translation>
    </message>
    <message>
        <source>The id file %1 names host %2, which is retired. mackerel-agent&apos;s code does not check for a retired host: given this host by the API, it reports its specs and metrics to it. Mackerel&apos;s documentation says an agent whose id file names a retired host fails to start; how the service refuses it is not documented. Either way this machine is not monitored, and a retired host cannot be brought back.</source>
        <translation>ID ファイル %1 が指すホスト %2 は退役済みです。mackerel-agent のコードは退役済みかどうかを確かめません: API からこのホストを受け取ると、その仕様とメトリックをそこに報告します。Mackerel のドキュメントは、退役したホストを ID ファイルが指すエージェントは起動に失敗するとしていますが、サービスがどう拒否するかは文書化されていません。いずれにせよこのマシンは監視されず、退役したホストは元に戻せません。</translation>
    </message>
    <message>
        <source>A directory stands at the id file&apos;s path %1. The agent, reading no id there, would register a new host, then fail to save its id and exit; every start (a service manager restarts it) registers another host.</source>
        <translation>ID ファイルのパス %1 にディレクトリがあります。エージェントはそこから ID を読めず、新しいホストを登録したあと、その ID を保存できずに終了します。起動のたびに (サービスマネージャーが再起動します) 別のホストを登録します。</translation>
    </message>
    <message>
        <source>A directory stands at the id file&apos;s path %1. The agent, reading no id there, would find host %2 by its customIdentifier, then fail to save its id and exit, at every start.</source>
        <translation>ID ファイルのパス %1 にディレクトリがあります。エージェントはそこから ID を読めず、customIdentifier でホスト %2 を見つけたあと、その ID を保存できずに終了します。起動のたびにそうなります。</translation>
    </message>
    <message>
        <source>move aside what stands at %1 (never delete the remote host) and write %2 into it</source>
        <translation>%1 にあるものを退避し (リモートのホストは決して削除しないでください)、%2 を書き込む</translation>
    </message>
    <message>
        <source>move %1 aside (never delete the remote host)</source>
        <translation>%1 を退避する (リモートのホストは決して削除しないでください)</translation>
    </message>
    <message>
        <source>make the agent detect its cloud, so that it sends the customIdentifier %1 (let root reach the instance metadata service: unblock it in the firewall or proxy settings, or raise the IMDSv2 hop limit)</source>
        <translation>エージェントにクラウドを検出させ、customIdentifier %1 を送らせる (root がインスタンスメタデータサービスに届くようにする: ファイアウォールやプロキシの設定でブロックを外すか、IMDSv2 のホップ数上限を上げる)</translation>
    </message>
    <message>
        <source>%1, and %2</source>
        <translation>%1。さらに %2</translation>
    </message>
    <message>
        <source>the agent registers this machine as a new host</source>
        <translation>エージェントはこのマシンを新しいホストとして登録します</translation>
    </message>
    <message>
        <source>Remedy (checked by the agent&apos;s own decision): %1, then start the agent: %2.</source>
        <translation>対処 (エージェント自身の判定で確認済み): %1。そのあとエージェントを起動すると、%2。</translation>
    </message>
    <message>
        <source>This rests on the agent reading its instance metadata as root (mackerel-agent spec/cloud.go) and then sending the identifier the host carries; that the integration&apos;s identifier and the agent&apos;s agree is the inspector&apos;s reading of both, not documented.</source>
        <translation>これは、エージェントが root でインスタンスメタデータを読み (mackerel-agent spec/cloud.go)、そのホストが持つ識別子を送ることを前提にしています。インテグレーションの識別子とエージェントの識別子が一致することは、両者を読んだインスペクターの判断で、文書化されていません。</translation>
    </message>
    <message>
        <source>No change to the id file or to the identifier the agent sends makes the agent attach to or keep a host here without a duplicate (each was checked by the agent&apos;s own decision): decide by hand which host is this machine.</source>
        <translation>ID ファイルやエージェントが送る識別子をどう変えても、ここでエージェントが重複なしにホストを引き継ぐか使い続けることはありません (どれもエージェント自身の判定で確かめました): どのホストがこのマシンかを手で決めてください。</translation>
    </message>
    <message>
        <source>the agent attaches to host %1</source>
        <translation>エージェントはホスト %1 を引き継ぎます</translation>
    </message>
    <message>
        <source>the agent keeps using host %1</source>
        <translation>エージェントはホスト %1 を使い続けます</translation>
    </message>
</context>
<context>
    <name>MemorySpec</name>
    <message>
        <source>memory left out: %1</source>
        <translation>memory を省略: %1</translation>
    </message>
</context>
<context>
    <name>MetadataCall</name>
    <message>
        <source>redirect to %1, not followed: metadata services never redirect</source>
        <translation>%1 へのリダイレクト。従いません: メタデータサービスはリダイレクトしません</translation>
    </message>
    <message>
        <source> (try %1 of %2</source>
        <translation> (%2 回中 %1 回目</translation>
    </message>
    <message>
        <source>, retrying in %1 ms)</source>
        <translation>、%1 ms 後に再試行)</translation>
    </message>
    <message>
        <source>; not retried: the agent would retry after %1 ms, to the same answer)</source>
        <translation>。再試行しません: エージェントは %1 ms 後に再試行しますが、同じ応答になります)</translation>
    </message>
</context>
<context>
    <name>MetadataEndpoints</name>
    <message>
        <source>the endpoint is empty</source>
        <translation>エンドポイントが空です</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL</source>
        <translation>&apos;%1&apos; は正しい URL ではありません</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be an http:// URL</source>
        <translation>&apos;%1&apos; は http:// の URL でなければなりません</translation>
    </message>
</context>
<context>
    <name>PlatformProbe</name>
    <message>
        <source>%1: not found (404)</source>
        <translation>%1: 見つかりません (404)</translation>
    </message>
</context>
<context>
    <name>PlaybookProgress</name>
    <message>
        <source>exit code %1</source>
        <translation>終了コード %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Displays help on commandline options.</source>
        <translation>コマンドラインオプションのヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays help including Qt specific options.</source>
        <translation>Qt 固有のオプションを含むヘルプを表示します。</translation>
    </message>
    <message>
        <source>Displays version information.</source>
        <translation>バージョン情報を表示します。</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message numerus="yes">
        <source>{%n keys}</source>
        <translation>
            <numerusform>{%n 個のキー}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n items]</source>
        <translation>
            <numerusform>[%n 個の要素]</numerusform>
        </translation>
    </message>
    <message>
        <source>Attach: mackerel-agent will adopt the host already registered for this instance</source>
        <translation>Attach: mackerel-agent はこのインスタンス用にすでに登録されたホストを引き継ぎます</translation>
    </message>
    <message>
        <source>Create: mackerel-agent will register a new host</source>
        <translation>Create: mackerel-agent は新しいホストを登録します</translation>
    </message>
    <message>
        <source>Update: mackerel-agent will keep using the host in its id file</source>
        <translation>Update: mackerel-agent は ID ファイルのホストを使い続けます</translation>
    </message>
    <message>
        <source>Mismatch: mackerel-agent will refuse to start (custom identifiers mismatch)</source>
        <translation>Mismatch: mackerel-agent は起動を拒否します (custom identifiers mismatch)</translation>
    </message>
    <message>
        <source>Missing host: mackerel-agent will refuse to start (its id file names a host Mackerel does not have)</source>
        <translation>Missing host: mackerel-agent は起動を拒否します (ID ファイルが Mackerel にないホストを指しています)</translation>
    </message>
    <message>
        <source>Cannot tell: the Mackerel API could not be asked</source>
        <translation>判断不能: Mackerel API に問い合わせられませんでした</translation>
    </message>
    <message>
        <source>Confirmed by the instance metadata service, as mackerel-agent would confirm it.</source>
        <translation>インスタンスメタデータサービスで確認しました (mackerel-agent と同じ確認方法)。</translation>
    </message>
    <message>
        <source>Set by cloud_platform: mackerel-agent skips detection and uses this platform.</source>
        <translation>cloud_platform で指定: mackerel-agent は検出を省き、このプラットフォームを使います。</translation>
    </message>
    <message>
        <source>No metadata service confirmed a cloud: mackerel-agent sends no cloud metadata and no customIdentifier.</source>
        <translation>どのメタデータサービスもクラウドを確認しませんでした: mackerel-agent はクラウドメタデータも customIdentifier も送りません。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>(空)</translation>
    </message>
    <message>
        <source>Lookup failed: mackerel-agent will exit (its id file&apos;s host could not be looked up)</source>
        <translation>Lookup failed: mackerel-agent は終了します (ID ファイルのホストを取得できませんでした)</translation>
    </message>
    <message>
        <source>Retired host: mackerel-agent&apos;s id file names a retired host; this machine is not monitored</source>
        <translation>Retired host: mackerel-agent の ID ファイルが退役済みのホストを指しています。このマシンは監視されません</translation>
    </message>
    <message>
        <source>Id file directory: mackerel-agent will exit at every start (a directory stands at the id file&apos;s path)</source>
        <translation>Id file directory: mackerel-agent は起動のたびに終了します (ID ファイルのパスにディレクトリがあります)</translation>
    </message>
</context>
<context>
    <name>RawJson</name>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>JSON の値の後に想定外の内容があります</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>不正なリテラル</translation>
    </message>
    <message>
        <source>nested more than %1 levels deep</source>
        <translation>ネストが %1 段を超えています</translation>
    </message>
    <message>
        <source>the document ends too early</source>
        <translation>ドキュメントが途中で終わっています</translation>
    </message>
    <message>
        <source>unexpected character &apos;%1&apos;</source>
        <translation>想定外の文字 &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a member name</source>
        <translation>メンバー名が必要です</translation>
    </message>
    <message>
        <source>expected &apos;:&apos; after a member name</source>
        <translation>メンバー名の後に &apos;:&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos; in an object</source>
        <translation>オブジェクト内に &apos;,&apos; か &apos;}&apos; が必要です</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos; in an array</source>
        <translation>配列内に &apos;,&apos; か &apos;]&apos; が必要です</translation>
    </message>
    <message>
        <source>truncated \u escape</source>
        <translation>\u エスケープが途中で切れています</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>不正な \u エスケープ</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>文字列が閉じていません</translation>
    </message>
    <message>
        <source>control character in a string</source>
        <translation>文字列内に制御文字があります</translation>
    </message>
    <message>
        <source>unterminated escape</source>
        <translation>エスケープが閉じていません</translation>
    </message>
    <message>
        <source>invalid escape</source>
        <translation>不正なエスケープ</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>不正な数値</translation>
    </message>
</context>
<context>
    <name>RegisterCommand</name>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>nothing changes</source>
        <translation>変更なし</translation>
    </message>
    <message>
        <source>now:</source>
        <translation>現在:</translation>
    </message>
    <message>
        <source>new:</source>
        <translation>変更後:</translation>
    </message>
    <message>
        <source>Refused: the agent would not start here. %1</source>
        <translation>拒否: エージェントはここでは起動しません。%1</translation>
    </message>
    <message>
        <source>Create a host on Mackerel (verdict create):</source>
        <translation>Mackerel にホストを作成します (判定 create):</translation>
    </message>
    <message>
        <source>Update host %1 on Mackerel (verdict %2):</source>
        <translation>Mackerel のホスト %1 を更新します (判定 %2):</translation>
    </message>
    <message>
        <source>Dry run: nothing was sent.</source>
        <translation>ドライラン: 何も送信していません。</translation>
    </message>
    <message>
        <source>Proceed? [y/N] </source>
        <translation>続行しますか? [y/N] </translation>
    </message>
    <message>
        <source>Not confirmed: nothing was sent.</source>
        <translation>確認されませんでした: 何も送信していません。</translation>
    </message>
    <message>
        <source>Created host %1.</source>
        <translation>ホスト %1 を作成しました。</translation>
    </message>
    <message>
        <source>Created host %1 (its answer was lost; found by its customIdentifier, not posted again).</source>
        <translation>ホスト %1 を作成しました (応答は失われましたが、customIdentifier で見つけました。再送信はしていません)。</translation>
    </message>
    <message>
        <source>Updated host %1.</source>
        <translation>ホスト %1 を更新しました。</translation>
    </message>
    <message>
        <source>Host %1 already holds all of it: nothing was sent.</source>
        <translation>ホスト %1 はすでにすべてを持っています: 何も送信していません。</translation>
    </message>
    <message>
        <source>%1 The id file was not written: %2</source>
        <translation>%1 ID ファイルは書き込まれませんでした: %2</translation>
    </message>
    <message>
        <source> Wrote its id to %1, as the agent would.</source>
        <translation> エージェントと同じく、その ID を %1 に書き込みました。</translation>
    </message>
    <message>
        <source> The agent will find it by its customIdentifier and write %1 at its start (or pass --write-id-file).</source>
        <translation> エージェントは customIdentifier でこれを見つけ、起動時に %1 を書き込みます (または --write-id-file を指定してください)。</translation>
    </message>
    <message>
        <source>Show what would change on Mackerel, and stop.</source>
        <translation>Mackerel 上で何が変わるかを表示して終了します。</translation>
    </message>
    <message>
        <source>Do not ask for confirmation.</source>
        <translation>確認を求めません。</translation>
    </message>
    <message>
        <source>Write the host id to the id file as the agent does (never over another id).</source>
        <translation>エージェントと同じくホスト ID を ID ファイルに書き込みます (別の ID は上書きしません)。</translation>
    </message>
    <message>
        <source>Register this host on Mackerel, or update the host the agent would use, with the payload the agent would send; never a duplicate. Shows the changes first.</source>
        <translation>このホストを Mackerel に登録するか、エージェントが使うホストを、エージェントが送るペイロードで更新します。重複は作りません。先に変更点を表示します。</translation>
    </message>
    <message>
        <source>Refused: %1.</source>
        <translation>拒否しました: %1。</translation>
    </message>
    <message>
        <source>checks (check monitors after the update)</source>
        <translation>checks (更新後のチェック監視)</translation>
    </message>
    <message>
        <source>roleFullnames (roles after the update; it only adds)</source>
        <translation>roleFullnames (更新後のロール。追加のみ)</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>Then replace the roles (PUT /api/v0/hosts/%1/role-fullnames, asked separately):
  removes: %2
  roles after it: %3
</source>
        <translation>続いてロールを置き換えます (PUT /api/v0/hosts/%1/role-fullnames、別に確認します):
  外すロール: %2
  置き換え後のロール: %3
</translation>
    </message>
    <message>
        <source>--replace-roles: the host has no role the payload lacks; no role is removed.
</source>
        <translation>--replace-roles: ペイロードにないロールをホストは持っていません。外すロールはありません。
</translation>
    </message>
    <message>
        <source>Remove the roles %1 from host %2? [y/N] </source>
        <translation>ホスト %2 からロール %1 を外しますか? [y/N] </translation>
    </message>
    <message>
        <source>Updated host %1, and replaced its roles (removed: %2).</source>
        <translation>ホスト %1 を更新し、ロールを置き換えました (外したロール: %2)。</translation>
    </message>
    <message>
        <source>What an update sends as checks, which the host&apos;s check monitors become: conf (the agent conf&apos;s; refused when no conf was read), host (keep the host&apos;s), none (remove them all).</source>
        <translation>更新で checks として送るもの (ホストのチェック監視はこれになります): conf (エージェントの設定ファイルのもの。設定ファイルを読んでいなければ拒否)、host (ホストのものを残す)、none (すべて削除)。</translation>
    </message>
    <message>
        <source>After the update, set the host&apos;s roles to exactly the payload&apos;s (PUT role-fullnames), removing the others; asked separately.</source>
        <translation>更新の後、ホストのロールをペイロードのものだけにします (PUT role-fullnames)。ほかのロールは外れます。別に確認します。</translation>
    </message>
    <message>
        <source>Do not ask before removing roles with --replace-roles.</source>
        <translation>--replace-roles でロールを外す前に確認しません。</translation>
    </message>
    <message>
        <source>--checks must be conf, host or none, not &apos;%1&apos;</source>
        <translation>--checks は conf、host、none のいずれかです。&apos;%1&apos; は使えません</translation>
    </message>
    <message>
        <source>--yes-replace-roles needs --replace-roles</source>
        <translation>--yes-replace-roles には --replace-roles が必要です</translation>
    </message>
    <message>
        <source>The options for these: --conf FILE, --checks host, --checks none.</source>
        <translation>これらのオプション: --conf FILE、--checks host、--checks none。</translation>
    </message>
</context>
<context>
    <name>SimulateCommand</name>
    <message>
        <source>cannot create a temporary directory</source>
        <translation>一時ディレクトリを作成できません</translation>
    </message>
    <message>
        <source>cannot listen on 127.0.0.1:%1 (is the port taken?)</source>
        <translation>127.0.0.1:%1 で待ち受けできません (ポートが使用中?)</translation>
    </message>
    <message>
        <source>Simulating the %1 instance metadata service; instance %2. Stop with Ctrl+C.</source>
        <translation>%1 のインスタンスメタデータサービスをシミュレートしています。インスタンス %2。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Its /sys UUID files are under %1</source>
        <translation>/sys の UUID ファイルは %1 の下にあります</translation>
    </message>
    <message>
        <source>Try:</source>
        <translation>試す:</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
    <message>
        <source>--hosts: cannot read %1: %2</source>
        <translation>--hosts: %1 を読めません: %2</translation>
    </message>
    <message>
        <source>--hosts: %1 is not {&quot;hosts&quot;: [...]} (%2)</source>
        <translation>--hosts: %1 は {&quot;hosts&quot;: [...]} ではありません (%2)</translation>
    </message>
    <message>
        <source>the Mackerel API simulator cannot listen on 127.0.0.1</source>
        <translation>Mackerel API のシミュレーターが 127.0.0.1 で待ち受けできません</translation>
    </message>
    <message numerus="yes">
        <source>Mackerel API: %1 (seed %2, %n host(s))</source>
        <translation>
            <numerusform>Mackerel API: %1 (seed %2、ホスト %n 台)</numerusform>
        </translation>
    </message>
    <message>
        <source>Demo API key (opens only this simulator): %1, also in %2</source>
        <translation>デモ用 API キー (このシミュレーター専用): %1 (%2 にもあります)</translation>
    </message>
    <message>
        <source>Id file:</source>
        <translation>ID ファイル:</translation>
    </message>
    <message>
        <source>none (the agent has not run here)</source>
        <translation>なし (このマシンでエージェントはまだ動いていません)</translation>
    </message>
    <message>
        <source>Simulating %1: its instance metadata service refuses every connection (blocked); instance %2, named only by its firmware. Stop with Ctrl+C.</source>
        <translation>%1 をシミュレートしています: インスタンスメタデータサービスはすべての接続を拒否します (ブロック)。インスタンス %2 はファームウェアだけが示します。Ctrl+C で停止します。</translation>
    </message>
    <message>
        <source>Its /sys UUID and DMI (firmware) files are under %1</source>
        <translation>/sys の UUID と DMI (ファームウェア) のファイルは %1 の下にあります</translation>
    </message>
</context>
<context>
    <name>SpecSection</name>
    <message>
        <source>no such file</source>
        <translation>ファイルがありません</translation>
    </message>
</context>
<context>
    <name>SpecSummary</name>
    <message>
        <source>not collected</source>
        <translation>未収集</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>不明</translation>
    </message>
    <message>
        <source>unknown model</source>
        <translation>不明なモデル</translation>
    </message>
    <message>
        <source>1 CPU: %1</source>
        <translation>CPU 1 個: %1</translation>
    </message>
    <message>
        <source>%1 CPUs: %2</source>
        <translation>CPU %1 個: %2</translation>
    </message>
    <message>
        <source>, swap %1</source>
        <translation>、スワップ %1</translation>
    </message>
    <message>
        <source>, no swap</source>
        <translation>、スワップなし</translation>
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
        <translation>メモリー</translation>
    </message>
    <message>
        <source>Disks</source>
        <translation>ディスク</translation>
    </message>
    <message>
        <source>, removable</source>
        <translation>、リムーバブル</translation>
    </message>
    <message>
        <source>none with a size</source>
        <translation>サイズのあるものなし</translation>
    </message>
    <message>
        <source>Filesystems</source>
        <translation>ファイルシステム</translation>
    </message>
    <message>
        <source>%1 on %2: %3 of %4 used (%5)</source>
        <translation>%1 (%2): %4 中 %3 使用 (%5)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Interfaces</source>
        <translation>インターフェース</translation>
    </message>
</context>
<context>
    <name>TextReport</name>
    <message>
        <source>confirmed by the instance metadata service</source>
        <translation>インスタンスメタデータサービスで確認</translation>
    </message>
    <message>
        <source>set by cloud_platform; the agent skips detection</source>
        <translation>cloud_platform で指定。エージェントは検出を省きます</translation>
    </message>
    <message>
        <source>no metadata service confirmed a cloud</source>
        <translation>どのメタデータサービスもクラウドを確認しませんでした</translation>
    </message>
    <message>
        <source>%1, by the firmware (the inspector&apos;s view, beyond the agent)</source>
        <translation>%1 (ファームウェアによる。エージェントの範囲外のインスペクター独自の見方)</translation>
    </message>
    <message>
        <source>; instance %1</source>
        <translation>。インスタンス %1</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>none valid (the agent would send &quot;%1&quot;; see warnings)</source>
        <translation>有効なものなし (エージェントは &quot;%1&quot; を送ります。警告を参照)</translation>
    </message>
    <message>
        <source>none: the agent sends no customIdentifier</source>
        <translation>なし: エージェントは customIdentifier を送りません</translation>
    </message>
    <message>
        <source>Cloud provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Cloud metadata</source>
        <translation>クラウドメタデータ</translation>
    </message>
    <message>
        <source>none: the agent sends no cloud block</source>
        <translation>なし: エージェントは cloud ブロックを送りません</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>稼働基盤</translation>
    </message>
    <message numerus="yes">
        <source>Evidence (%n request(s))</source>
        <translation>
            <numerusform>根拠 (要求 %n 件)</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetMachineDetails</name>
    <message>
        <source>Mismatch: mackerel-agent refuses to start (its id file names a host with another customIdentifier)</source>
        <translation>Mismatch: mackerel-agent は起動を拒否します (ID ファイルが別の customIdentifier を持つホストを指しています)</translation>
    </message>
    <message>
        <source>Missing host: mackerel-agent refuses to start (its id file names a host Mackerel does not have)</source>
        <translation>Missing host: mackerel-agent は起動を拒否します (ID ファイルが Mackerel にないホストを指しています)</translation>
    </message>
    <message>
        <source>Duplicate: several live hosts are this one machine</source>
        <translation>Duplicate: 稼働中の複数のホストがこの 1 台のマシンです</translation>
    </message>
    <message>
        <source>Identifier missing: an agent host without customIdentifier; the next integration host duplicates it</source>
        <translation>Identifier missing: customIdentifier のないエージェントのホスト。次にインテグレーションが登録するホストと重複します</translation>
    </message>
    <message>
        <source>Will attach: mackerel-agent will adopt the integration&apos;s host</source>
        <translation>Will attach: mackerel-agent はインテグレーションのホストを引き継ぎます</translation>
    </message>
    <message>
        <source>Will create: mackerel-agent will register a new host</source>
        <translation>Will create: mackerel-agent は新しいホストを登録します</translation>
    </message>
    <message>
        <source>Integration only: a host without agent, and no report from the machine</source>
        <translation>Integration only: エージェントのないホストで、マシンからのレポートもありません</translation>
    </message>
    <message>
        <source>OK: nothing to do</source>
        <translation>OK: 対処不要</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>登録元</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>Joined by</source>
        <translation>結合キー</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Report from the machine</source>
        <translation>マシンからのレポート</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>対処</translation>
    </message>
    <message>
        <source>Hosts on Mackerel</source>
        <translation>Mackerel 上のホスト</translation>
    </message>
    <message>
        <source>Select a machine to see its hosts, its report, the evidence and the advice.</source>
        <translation>マシンを選ぶと、そのホスト、レポート、根拠、対処が表示されます。</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(なし)</translation>
    </message>
    <message>
        <source>The host to keep</source>
        <translation>残すホスト</translation>
    </message>
    <message>
        <source>joins</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>supports</source>
        <translation>補強</translation>
    </message>
    <message>
        <source>note</source>
        <translation>注記</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>対処: %1</translation>
    </message>
    <message>
        <source>Host to keep (bold): %1</source>
        <translation>残すホスト (太字): %1</translation>
    </message>
    <message>
        <source>No report: the playbook has not fetched one from this machine (yet).</source>
        <translation>レポートなし: playbook はこのマシンからまだレポートを取得していません。</translation>
    </message>
    <message>
        <source>not reported (an older inspector)</source>
        <translation>報告なし (古いインスペクター)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>%1 で結合</translation>
    </message>
    <message>
        <source>to no host</source>
        <translation>どのホストとも結合せず</translation>
    </message>
    <message>
        <source>; the agent would: %1</source>
        <translation>。エージェントの動作: %1</translation>
    </message>
    <message>
        <source>Host name</source>
        <translation>ホスト名</translation>
    </message>
    <message>
        <source>Id file</source>
        <translation>ID ファイル</translation>
    </message>
    <message>
        <source>Joined</source>
        <translation>結合</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>%1 (inspector %2)</source>
        <translation>%1 (インスペクター %2)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>空</translation>
    </message>
    <message>
        <source>holds host %1</source>
        <translation>ホスト %1 を保持</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>読めません</translation>
    </message>
    <message>
        <source>Retired host: mackerel-agent&apos;s id file names a retired host; the machine is not monitored</source>
        <translation>Retired host: mackerel-agent の ID ファイルが退役済みのホストを指しています。マシンは監視されていません</translation>
    </message>
    <message>
        <source>Id file directory: a directory stands at the id file&apos;s path; the agent exits at every start</source>
        <translation>Id file directory: ID ファイルのパスにディレクトリがあります。エージェントは起動のたびに終了します</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetMachineModel</name>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>あり</translation>
    </message>
    <message>
        <source>no</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>Hosts</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>レポート</translation>
    </message>
    <message>
        <source>Advice</source>
        <translation>対処</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetPlanDialog</name>
    <message>
        <source>Repair plan</source>
        <translation>修復の計画</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>判定</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>ステップ</translation>
    </message>
    <message>
        <source>What each will change</source>
        <translation>それぞれが変えること</translation>
    </message>
    <message>
        <source>Blocked by</source>
        <translation>ブロックの理由</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Verdict before → after</source>
        <translation>判定 前 → 後</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>起きたこと</translation>
    </message>
    <message>
        <source>Save plan…</source>
        <translation>計画を保存…</translation>
    </message>
    <message>
        <source>Apply…</source>
        <translation>適用…</translation>
    </message>
    <message>
        <source>Cancel apply</source>
        <translation>適用を取り消す</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>plan.json (its journal is kept next to it)</source>
        <translation>plan.json (ジャーナルはその隣に置かれます)</translation>
    </message>
    <message>
        <source>the Ansible inventory of the machines</source>
        <translation>マシンの Ansible インベントリ</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>Save the repair plan</source>
        <translation>修復の計画を保存</translation>
    </message>
    <message>
        <source>The Ansible inventory of the machines</source>
        <translation>マシンの Ansible インベントリ</translation>
    </message>
    <message>
        <source>Plan file</source>
        <translation>計画ファイル</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>インベントリ</translation>
    </message>
    <message>
        <source>%1 machines to repair, %2 with automatic steps; hosts to be retired: %3</source>
        <translation>修復するマシン %1 台、うち自動のステップがあるもの %2 台。退役させるホスト: %3</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Apply the plan to %1 machines (%2) of the inventory %3: their id files are moved aside and their agents restarted, each is checked, and then these hosts are retired on Mackerel: %4.</source>
        <translation>インベントリ %3 のマシン %1 台 (%2) に計画を適用します。id ファイルを退避してエージェントを再起動し、それぞれを確認してから、Mackerel で次のホストを退役させます: %4。</translation>
    </message>
    <message>
        <source>Give the plan file first.</source>
        <translation>先に計画ファイルを指定してください。</translation>
    </message>
    <message>
        <source>Plan written to %1</source>
        <translation>計画を %1 に書きました</translation>
    </message>
    <message>
        <source>Give the inventory first.</source>
        <translation>先にインベントリを指定してください。</translation>
    </message>
    <message>
        <source>repair.yml not found next to inspect.yml</source>
        <translation>inspect.yml の隣に repair.yml が見つかりません</translation>
    </message>
    <message>
        <source>Apply the repair plan</source>
        <translation>修復の計画を適用</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>適用</translation>
    </message>
    <message>
        <source>cannot read the plan %1: %2</source>
        <translation>計画 %1 を読めません: %2</translation>
    </message>
    <message>
        <source>%1 is not a plan: %2</source>
        <translation>%1 は計画ではありません: %2</translation>
    </message>
    <message>
        <source>Applying the plan…</source>
        <translation>計画を適用しています…</translation>
    </message>
    <message>
        <source>Nothing to do: every automatic step of this plan is done.</source>
        <translation>することはありません: この計画の自動のステップはすべて完了しています。</translation>
    </message>
    <message>
        <source>Apply ended; retired: %1</source>
        <translation>適用が終わりました。退役させたホスト: %1</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetSession</name>
    <message>
        <source>%1, no API key</source>
        <translation>%1、API キーなし</translation>
    </message>
    <message>
        <source>%1, key from %2</source>
        <translation>%1、キーは %2 から</translation>
    </message>
    <message>
        <source>The playbook is already running.</source>
        <translation>playbook はすでに実行中です。</translation>
    </message>
    <message>
        <source>The reports folder %1 cannot be created.</source>
        <translation>レポートフォルダー %1 を作成できません。</translation>
    </message>
    <message>
        <source>No Mackerel API key: type one in the Mackerel tab, or set MACKEREL_APIKEY or --apikey-file. A read-only key is enough.</source>
        <translation>Mackerel の API キーがありません: Mackerel タブで入力するか、MACKEREL_APIKEY か --apikey-file を設定してください。読み取り専用のキーで十分です。</translation>
    </message>
    <message>
        <source>Cannot read the organization: %1</source>
        <translation>オーガニゼーションを読み込めません: %1</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 に書き込めません: %2</translation>
    </message>
</context>
<context>
    <name>mi::ui::FleetView</name>
    <message>
        <source>Open reports folder…</source>
        <translation>レポートフォルダーを開く…</translation>
    </message>
    <message>
        <source>A folder of &apos;inspect --json&apos; reports, such as the playbook&apos;s reports_dir (Ctrl+O)</source>
        <translation>&apos;inspect --json&apos; のレポートのフォルダー (playbook の reports_dir など) (Ctrl+O)</translation>
    </message>
    <message>
        <source>Re-read hosts</source>
        <translation>ホストを再読み込み</translation>
    </message>
    <message>
        <source>List the organization&apos;s hosts again and join them with the reports</source>
        <translation>オーガニゼーションのホストを一覧し直し、レポートと結合します</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON をエクスポート…</translation>
    </message>
    <message>
        <source>The whole audit, as &apos;fleet --json&apos; prints it (Ctrl+E)</source>
        <translation>監査全体を &apos;fleet --json&apos; と同じ形で (Ctrl+E)</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV をエクスポート…</translation>
    </message>
    <message>
        <source>One line a machine, as &apos;fleet --csv&apos; prints it (Ctrl+Shift+E)</source>
        <translation>マシンごとに 1 行、&apos;fleet --csv&apos; と同じ形で (Ctrl+Shift+E)</translation>
    </message>
    <message>
        <source>Machine</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Playbook</source>
        <translation>プレイブック</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Running: %1</source>
        <translation>実行中: %1</translation>
    </message>
    <message>
        <source>Verdict filter</source>
        <translation>判定フィルター</translation>
    </message>
    <message>
        <source>&amp;Verdict</source>
        <translation>判定(&amp;V)</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>参照…</translation>
    </message>
    <message>
        <source>an Ansible inventory file (hosts.ini, inventory.yml)</source>
        <translation>Ansible のインベントリーファイル (hosts.ini、inventory.yml)</translation>
    </message>
    <message>
        <source>contrib/ansible/inspect.yml</source>
        <translation>contrib/ansible/inspect.yml</translation>
    </message>
    <message>
        <source>mackerel-inspector (the playbook&apos;s default: found in PATH on each machine)</source>
        <translation>mackerel-inspector (playbook の既定: 各マシンの PATH から探します)</translation>
    </message>
    <message>
        <source>extra arguments for &apos;inspect&apos; on each machine, e.g. --timeout 5000</source>
        <translation>各マシンでの &apos;inspect&apos; の追加引数 (例: --timeout 5000)</translation>
    </message>
    <message>
        <source>Run playbook</source>
        <translation>playbook を実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Not run.</source>
        <translation>未実行。</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>ホスト</translation>
    </message>
    <message>
        <source>State</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>タスク</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>インベントリー</translation>
    </message>
    <message>
        <source>Ansible inventory</source>
        <translation>Ansible インベントリー</translation>
    </message>
    <message>
        <source>inspect.yml</source>
        <translation>inspect.yml</translation>
    </message>
    <message>
        <source>Reports folder</source>
        <translation>レポートフォルダー</translation>
    </message>
    <message>
        <source>Inspector</source>
        <translation>インスペクター</translation>
    </message>
    <message>
        <source>Arguments</source>
        <translation>引数</translation>
    </message>
    <message>
        <source>Open a reports folder</source>
        <translation>レポートフォルダーを開く</translation>
    </message>
    <message>
        <source>Choose an inventory and the playbook (contrib/ansible/inspect.yml) first.</source>
        <translation>先にインベントリーと playbook (contrib/ansible/inspect.yml) を選んでください。</translation>
    </message>
    <message>
        <source>No temporary folder for the reports: %1</source>
        <translation>レポート用の一時フォルダーがありません: %1</translation>
    </message>
    <message>
        <source>Starting ansible-playbook; reports land in %1</source>
        <translation>ansible-playbook を起動します。レポートは %1 に届きます</translation>
    </message>
    <message>
        <source>%1 of %2 hosts ok.</source>
        <translation>%2 台中 %1 台のホストが ok。</translation>
    </message>
    <message>
        <source>Finished: %1</source>
        <translation>終了: %1</translation>
    </message>
    <message>
        <source>Playbook finished</source>
        <translation>playbook が終了しました</translation>
    </message>
    <message>
        <source>all (%1)</source>
        <translation>すべて (%1)</translation>
    </message>
    <message>
        <source>No warnings.</source>
        <translation>警告なし。</translation>
    </message>
    <message>
        <source>Warnings (%1)</source>
        <translation>警告 (%1)</translation>
    </message>
    <message>
        <source>No folder open</source>
        <translation>フォルダーが開かれていません</translation>
    </message>
    <message>
        <source>Open a folder of reports (the playbook&apos;s reports_dir), or run the playbook on an inventory in the Playbook tab below. Mackerel: %1.</source>
        <translation>レポートのフォルダー (playbook の reports_dir) を開くか、下の Playbook タブでインベントリーに対して playbook を実行してください。Mackerel: %1。</translation>
    </message>
    <message>
        <source>Reading the reports in %1…</source>
        <translation>%1 のレポートを読み込み中…</translation>
    </message>
    <message>
        <source>Joining the new reports with the hosts listed…</source>
        <translation>新しいレポートを一覧したホストと結合中…</translation>
    </message>
    <message>
        <source>Listing the organization&apos;s hosts (%1)…</source>
        <translation>オーガニゼーションのホストを一覧中 (%1)…</translation>
    </message>
    <message>
        <source>No machines yet.</source>
        <translation>まだマシンがありません。</translation>
    </message>
    <message>
        <source>Select a machine to see its hosts, report, evidence and advice.</source>
        <translation>マシンを選ぶと、そのホスト、レポート、根拠、対処が表示されます。</translation>
    </message>
    <message>
        <source>Exported %1 machines to %2</source>
        <translation>マシン %1 台を %2 にエクスポートしました</translation>
    </message>
    <message>
        <source>Export the audit as JSON</source>
        <translation>監査を JSON としてエクスポート</translation>
    </message>
    <message>
        <source>Export the audit as CSV</source>
        <translation>監査を CSV としてエクスポート</translation>
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
        <translation>修復を計画…</translation>
    </message>
    <message>
        <source>The steps that end each duplicate and refusal, as &apos;fleet --plan&apos; writes them; apply them from there</source>
        <translation>重複と起動拒否をそれぞれ解消するステップ (&apos;fleet --plan&apos; が書くもの)。そこから適用できます</translation>
    </message>
    <message>
        <source>all services</source>
        <translation>すべてのサービス</translation>
    </message>
    <message>
        <source>Service filter</source>
        <translation>サービスの絞り込み</translation>
    </message>
    <message>
        <source>List only the hosts of this service, as &apos;fleet --service&apos; does</source>
        <translation>このサービスのホストだけを一覧します (&apos;fleet --service&apos; と同じ)</translation>
    </message>
    <message>
        <source>all roles</source>
        <translation>すべてのロール</translation>
    </message>
    <message>
        <source>Role filter</source>
        <translation>ロールの絞り込み</translation>
    </message>
    <message>
        <source>Only these roles of the service, separated by commas, as &apos;fleet --role&apos; does</source>
        <translation>サービスのうちこれらのロールだけ (カンマ区切り、&apos;fleet --role&apos; と同じ)</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>サービス</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>ロール</translation>
    </message>
    <message>
        <source>Run inspect as root (become)</source>
        <translation>inspect を root で実行 (become)</translation>
    </message>
    <message>
        <source>the inventory&apos;s (the playbook&apos;s default: as root)</source>
        <translation>インベントリの設定 (プレイブックの既定: root で実行)</translation>
    </message>
    <message>
        <source>as root (become), as the agent runs</source>
        <translation>root で実行 (become)、エージェントと同じ</translation>
    </message>
    <message>
        <source>as the connecting user (no become)</source>
        <translation>接続ユーザーで実行 (become なし)</translation>
    </message>
    <message>
        <source>Become</source>
        <translation>権限昇格 (become)</translation>
    </message>
    <message>
        <source>Open reports folder</source>
        <translation>レポートフォルダーを開く</translation>
    </message>
    <message>
        <source>Machine, playbook and warnings</source>
        <translation>マシン、playbook、警告</translation>
    </message>
    <message>
        <source>Machines</source>
        <translation>マシン</translation>
    </message>
    <message>
        <source>Browse for %1</source>
        <translation>%1 を選ぶ</translation>
    </message>
    <message>
        <source>empty: the folder open above (the run adds to its audit), else a new folder under %1</source>
        <translation>空: 上で開いているフォルダー (実行結果はその監査に加わります)。なければ %1 の下の新しいフォルダー</translation>
    </message>
    <message>
        <source>Playbook progress</source>
        <translation>playbook の進行状況</translation>
    </message>
    <message>
        <source>%1 from %2 and %3; %4 to fix (mismatch, missing host, duplicate). Read-only: nothing is changed on Mackerel.</source>
        <translation>%2 と %3 から %1。要対処 %4 台 (mismatch、missing host、duplicate)。読み取り専用: Mackerel 上は何も変更しません。</translation>
    </message>
    <message numerus="yes">
        <source>%n machine(s)</source>
        <translation>
            <numerusform>マシン %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n live host(s)</source>
        <translation>
            <numerusform>稼働中のホスト %n 台</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>レポート %n 件</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mi::ui::HostComparisonView</name>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>This machine</source>
        <translation>このマシン</translation>
    </message>
    <message>
        <source>On Mackerel</source>
        <translation>Mackerel 上</translation>
    </message>
    <message>
        <source>Field an update changes</source>
        <translation>更新で変わる項目</translation>
    </message>
    <message>
        <source>On Mackerel now</source>
        <translation>現在の Mackerel</translation>
    </message>
    <message>
        <source>After the update</source>
        <translation>更新後</translation>
    </message>
    <message>
        <source>On Mackerel: %1</source>
        <translation>Mackerel 上: %1</translation>
    </message>
    <message>
        <source>(none: keeps Mackerel&apos;s)</source>
        <translation>(なし: Mackerel の値を維持)</translation>
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
        <translation>(Mackerel 上で設定)</translation>
    </message>
    <message>
        <source>agent version</source>
        <translation>エージェントのバージョン</translation>
    </message>
    <message>
        <source>(the agent sends its own)</source>
        <translation>(エージェントが自分で送ります)</translation>
    </message>
    <message>
        <source>(no agent yet)</source>
        <translation>(エージェントはまだなし)</translation>
    </message>
    <message>
        <source>An update would change nothing on Mackerel.</source>
        <translation>更新しても Mackerel 上で変わるものはありません。</translation>
    </message>
    <message numerus="yes">
        <source>An update would change %n field(s) on Mackerel (nothing the host has and this machine does not state is taken away):</source>
        <translation>
            <numerusform>更新すると Mackerel 上で %n 項目が変わります (ホストにあってこのマシンが指定しないものは削除されません):</numerusform>
        </translation>
    </message>
    <message>
        <source>This machine and the host on Mackerel, side by side</source>
        <translation>このマシンと Mackerel 上のホストの並列比較</translation>
    </message>
    <message>
        <source>What an update would change</source>
        <translation>更新で変わるもの</translation>
    </message>
</context>
<context>
    <name>mi::ui::HostSpecView</name>
    <message>
        <source>Search keys and values…</source>
        <translation>キーと値を検索…</translation>
    </message>
    <message>
        <source>Copy as JSON</source>
        <translation>JSON としてコピー</translation>
    </message>
    <message>
        <source>Save as JSON…</source>
        <translation>JSON として保存…</translation>
    </message>
    <message>
        <source>Copied the host payload as JSON.</source>
        <translation>ホストのペイロードを JSON としてコピーしました。</translation>
    </message>
    <message>
        <source>Save the host payload</source>
        <translation>ホストのペイロードを保存</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Saved %1</source>
        <translation>%1 を保存しました</translation>
    </message>
    <message>
        <source>Cannot save %1: %2</source>
        <translation>%1 を保存できません: %2</translation>
    </message>
    <message>
        <source>Search keys and values</source>
        <translation>キーと値を検索</translation>
    </message>
    <message>
        <source>Host payload</source>
        <translation>ホストのペイロード</translation>
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
        <translation>インスタンスメタデータサービスに問い合わせ中…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>キャンセルしました。</translation>
    </message>
    <message>
        <source>Detection finished: %1 requests. Collecting the host specs…</source>
        <translation>検出完了: 要求 %1 件。ホストスペックを収集中…</translation>
    </message>
    <message>
        <source>Done: %1 requests, host payload collected.</source>
        <translation>完了: 要求 %1 件、ホストのペイロードを収集しました。</translation>
    </message>
</context>
<context>
    <name>mi::ui::JsonTreeModel</name>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelPanel</name>
    <message>
        <source>From %1</source>
        <translation>%1 から</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>configured (%1); type to use another key</source>
        <translation>設定済み (%1)。別のキーを使うには入力してください</translation>
    </message>
    <message>
        <source>not set: type a key, or set MACKEREL_APIKEY or --apikey-file</source>
        <translation>未設定: キーを入力するか、MACKEREL_APIKEY か --apikey-file を設定してください</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Register…</source>
        <translation>登録…</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>項目</translation>
    </message>
    <message>
        <source>On Mackerel now</source>
        <translation>現在の Mackerel</translation>
    </message>
    <message>
        <source>After</source>
        <translation>変更後</translation>
    </message>
    <message>
        <source>Write the host id file, as the agent would</source>
        <translation>エージェントと同じくホスト ID ファイルを書き込む</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>確定</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>破棄</translation>
    </message>
    <message>
        <source>API base</source>
        <translation>API ベース</translation>
    </message>
    <message>
        <source>Host id file</source>
        <translation>ホスト ID ファイル</translation>
    </message>
    <message>
        <source>The API base must be an http(s) URL; keeping %1.</source>
        <translation>API ベースは http(s) の URL でなければなりません。%1 のままにします。</translation>
    </message>
    <message>
        <source>Asking Mackerel what the agent would find…</source>
        <translation>エージェントが何を見つけるか Mackerel に問い合わせ中…</translation>
    </message>
    <message>
        <source>Host %1 — name %2%3, status %4, %5</source>
        <translation>ホスト %1 — 名前 %2%3、ステータス %4、%5</translation>
    </message>
    <message>
        <source>, display name %1</source>
        <translation>、表示名 %1</translation>
    </message>
    <message numerus="yes">
        <source>%n candidate host(s)</source>
        <translation>
            <numerusform>候補ホスト %n 台</numerusform>
        </translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>まだ確認していません。</translation>
    </message>
    <message>
        <source>Waiting for the detection and the host specs…</source>
        <translation>検出とホストスペックを待っています…</translation>
    </message>
    <message>
        <source>Register a new host…</source>
        <translation>新しいホストを登録…</translation>
    </message>
    <message>
        <source>Update host %1…</source>
        <translation>ホスト %1 を更新…</translation>
    </message>
    <message>
        <source>The verdict does not allow it: %1</source>
        <translation>判定上できません: %1</translation>
    </message>
    <message>
        <source>Check the match first.</source>
        <translation>先に照合を確認してください。</translation>
    </message>
    <message>
        <source>Reading the host on Mackerel to show what would change…</source>
        <translation>変更点を示すため Mackerel のホストを読み込み中…</translation>
    </message>
    <message>
        <source>Nothing would change on Mackerel.</source>
        <translation>Mackerel 上で変わるものはありません。</translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>送信中…</translation>
    </message>
    <message>
        <source>Done: %1 host %2. %3</source>
        <translation>完了: %1 ホスト %2。%3</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>失敗: %1</translation>
    </message>
    <message>
        <source>the instance %1</source>
        <translation>インスタンス %1</translation>
    </message>
    <message>
        <source>the MAC address %1</source>
        <translation>MAC アドレス %1</translation>
    </message>
    <message>
        <source>• host %1 &quot;%2&quot; (%3) shares %4: the agent would create a duplicate next to it.</source>
        <translation>• ホスト %1 &quot;%2&quot; (%3) は %4 を共有しています: エージェントはその隣に重複を作ります。</translation>
    </message>
    <message>
        <source>Lookalikes: hosts that are this machine without its customIdentifier
</source>
        <translation>同一マシンらしきホスト: customIdentifier を持たないが、このマシンであるホスト
</translation>
    </message>
    <message>
        <source>&amp;Check match</source>
        <translation>照合を確認</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認中…</translation>
    </message>
    <message>
        <source>Firmware&apos;s identifier on Mackerel</source>
        <translation>Mackerel 上のファームウェアの識別子</translation>
    </message>
    <message>
        <source>not looked up: %1</source>
        <translation>照会できませんでした: %1</translation>
    </message>
    <message>
        <source>no host carries it</source>
        <translation>これを持つホストはありません</translation>
    </message>
    <message>
        <source>held by host %1 &quot;%2&quot; (%3, %4)</source>
        <translation>ホスト %1 &quot;%2&quot; (%3、%4) が持っています</translation>
    </message>
    <message>
        <source>Firmware&apos;s identifier %1: %2</source>
        <translation>ファームウェアの識別子 %1: %2</translation>
    </message>
    <message>
        <source>Mackerel</source>
        <translation>Mackerel</translation>
    </message>
    <message>
        <source>Check match</source>
        <translation>照合を確認</translation>
    </message>
    <message>
        <source>Register or update</source>
        <translation>登録または更新</translation>
    </message>
    <message>
        <source>Changes on Mackerel</source>
        <translation>Mackerel 上の変更</translation>
    </message>
    <message>
        <source>Write the host id file</source>
        <translation>ホスト ID ファイルを書き込む</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Checked at %1</source>
        <translation>%1 に確認</translation>
    </message>
    <message>
        <source>Create anyway, knowing it duplicates host %1</source>
        <translation>ホスト %1 と重複すると承知のうえで作成する</translation>
    </message>
    <message>
        <source>The API settings changed: check the match again first.</source>
        <translation>API の設定が変わりました: 先に照合をもう一度確認してください。</translation>
    </message>
    <message>
        <source>This creates a duplicate of host %1.</source>
        <translation>ホスト %1 の重複を作成します。</translation>
    </message>
    <message>
        <source>Not offered: host %1 is this machine by its evidence, and a new host would duplicate it. Write its id into the id file instead, or tick the box above to create anyway.</source>
        <translation>提示しません: 根拠からホスト %1 はこのマシンであり、新しいホストはその重複になります。代わりにその ID を ID ファイルに書き込むか、それでも作成するなら上のチェックボックスをオンにしてください。</translation>
    </message>
    <message>
        <source>Host %1 already holds all of it: nothing to update.</source>
        <translation>ホスト %1 はすでにすべてを持っています: 更新するものはありません。</translation>
    </message>
    <message>
        <source>Without a customIdentifier the agent finds the new host only by the id file: it is written with it.</source>
        <translation>customIdentifier がないため、エージェントは ID ファイルでしか新しいホストを見つけられません: ID ファイルも書き込みます。</translation>
    </message>
    <message>
        <source>Refused, nothing was sent: %1</source>
        <translation>拒否しました。何も送っていません: %1</translation>
    </message>
    <message>
        <source>Checking the match again…</source>
        <translation>照合をもう一度確認中…</translation>
    </message>
    <message>
        <source>Check monitors: as the agent conf lists</source>
        <translation>チェック監視: エージェントの設定ファイルのとおり</translation>
    </message>
    <message>
        <source>Check monitors: keep the host&apos;s</source>
        <translation>チェック監視: ホストのものを残す</translation>
    </message>
    <message>
        <source>Check monitors: none (remove them)</source>
        <translation>チェック監視: なし (削除する)</translation>
    </message>
    <message>
        <source>Check monitors after the update</source>
        <translation>更新後のチェック監視</translation>
    </message>
    <message>
        <source>An update sends a list of checks, and Mackerel keeps only those check monitors of the host. Without an agent conf, the conf&apos;s list is unknown and the update is refused.</source>
        <translation>更新は checks のリストを送り、Mackerel はホストのチェック監視のうちそれだけを残します。エージェントの設定ファイルがなければそのリストが分からないため、更新は拒否されます。</translation>
    </message>
    <message numerus="yes">
        <source>%n field(s) will change on Mackerel. Roles are only added, and no field this side leaves empty is cleared. Confirm to send it, or Esc to discard.</source>
        <translation>
            <numerusform>Mackerel 上で %n 項目が変わります。ロールは追加されるだけで、こちらが空のままにした項目は消されません。送信するには確定を、破棄するには Esc を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告: %1</translation>
    </message>
    <message>
        <source>check monitors after the update</source>
        <translation>更新後のチェック監視</translation>
    </message>
</context>
<context>
    <name>mi::ui::MackerelSession</name>
    <message>
        <source>typed in the window</source>
        <translation>ウィンドウで入力</translation>
    </message>
    <message>
        <source>Wrote host id %1 to %2, as the agent would.</source>
        <translation>エージェントと同じく、ホスト ID %1 を %2 に書き込みました。</translation>
    </message>
    <message>
        <source>The host id file was not written: %1</source>
        <translation>ホスト ID ファイルは書き込まれませんでした: %1</translation>
    </message>
</context>
<context>
    <name>mi::ui::MainWindow</name>
    <message>
        <source>&amp;Re-run detection</source>
        <translation>検出を再実行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>キャンセル(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Copy customIdentifier</source>
        <translation>customIdentifier をコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>編集(&amp;E)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>メイン</translation>
    </message>
    <message>
        <source>customIdentifier</source>
        <translation>customIdentifier</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>根拠</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>キー</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
    <message>
        <source>Cloud metadata</source>
        <translation>クラウドメタデータ</translation>
    </message>
    <message>
        <source>Host specs</source>
        <translation>ホストスペック</translation>
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
        <translation>検出中…</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>未実行</translation>
    </message>
    <message>
        <source>Asking each cloud&apos;s instance metadata service the way mackerel-agent does.</source>
        <translation>mackerel-agent と同じ方法で各クラウドのインスタンスメタデータサービスに問い合わせています。</translation>
    </message>
    <message>
        <source>waiting for the metadata services</source>
        <translation>メタデータサービスを待っています</translation>
    </message>
    <message>
        <source>none: the agent sends no customIdentifier</source>
        <translation>なし: エージェントは customIdentifier を送りません</translation>
    </message>
    <message>
        <source>none valid: see the warnings</source>
        <translation>有効なものなし: 警告を参照</translation>
    </message>
    <message>
        <source>Warnings:
</source>
        <translation>警告:
</translation>
    </message>
    <message>
        <source>provider</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Cloud metadata (%1)</source>
        <translation>クラウドメタデータ (%1)</translation>
    </message>
    <message>
        <source>Collecting after the detection…</source>
        <translation>検出後に収集します…</translation>
    </message>
    <message>
        <source>Not collected.</source>
        <translation>未収集。</translation>
    </message>
    <message>
        <source>The body mackerel-agent would POST to /api/v0/hosts. %1</source>
        <translation>mackerel-agent が /api/v0/hosts に POST する本文です。%1</translation>
    </message>
    <message>
        <source>Copied %1</source>
        <translation>%1 をコピーしました</translation>
    </message>
    <message>
        <source>Firmware cross-check</source>
        <translation>ファームウェアのクロスチェック</translation>
    </message>
    <message>
        <source>The firmware and mackerel-agent disagree</source>
        <translation>ファームウェアと mackerel-agent の見解が一致しません</translation>
    </message>
    <message>
        <source>The inspector&apos;s own view from the DMI firmware files, beyond mackerel-agent&apos;s three clouds. It never changes what the agent detects or sends.</source>
        <translation>DMI ファームウェアファイルから見たインスペクター独自の見方で、mackerel-agent の 3 つのクラウドの範囲を超えています。エージェントが検出・送信するものは何も変えません。</translation>
    </message>
    <message>
        <source>Hosted on</source>
        <translation>稼働基盤</translation>
    </message>
    <message>
        <source>%1, by the firmware (the inspector&apos;s view, beyond the agent)%2</source>
        <translation>%1 (ファームウェアによる。エージェントの範囲外のインスペクター独自の見方)%2</translation>
    </message>
    <message>
        <source>; instance %1</source>
        <translation>。インスタンス %1</translation>
    </message>
    <message>
        <source>Fleet</source>
        <translation>フリート</translation>
    </message>
    <message>
        <source>Re-run detection</source>
        <translation>検出を再実行</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Copy customIdentifier</source>
        <translation>customIdentifier をコピー</translation>
    </message>
    <message>
        <source>Tabs</source>
        <translation>タブ</translation>
    </message>
</context>
<context>
    <name>mi::ui::PlaybookRunner</name>
    <message>
        <source>ansible-playbook is not installed or not in PATH: install Ansible (Debian: apt-get install ansible-core).</source>
        <translation>ansible-playbook がインストールされていないか PATH にありません: Ansible をインストールしてください (Debian: apt-get install ansible-core)。</translation>
    </message>
    <message>
        <source>ansible-playbook could not be started: check that it is executable.</source>
        <translation>ansible-playbook を起動できませんでした: 実行可能か確認してください。</translation>
    </message>
    <message>
        <source>ansible-playbook stopped with an error (exit 1): check the inventory and the playbook path%1.</source>
        <translation>ansible-playbook がエラーで停止しました (exit 1): インベントリーと playbook のパスを確認してください%1。</translation>
    </message>
    <message>
        <source>A task failed on one or more hosts (exit %1): see each host&apos;s message; the other hosts&apos; reports are read.</source>
        <translation>1 台以上のホストでタスクが失敗しました (exit %1): 各ホストのメッセージを見てください。他のホストのレポートは読み込みます。</translation>
    </message>
    <message>
        <source>One or more hosts could not be reached (exit %1): check SSH access to them; the other hosts&apos; reports are read.</source>
        <translation>1 台以上のホストに到達できませんでした (exit %1): SSH でのアクセスを確認してください。他のホストのレポートは読み込みます。</translation>
    </message>
    <message>
        <source>ansible-playbook could not parse the playbook, the inventory or the extra arguments (exit 4)%1.</source>
        <translation>ansible-playbook は playbook、インベントリー、または追加引数を解析できませんでした (exit 4)%1。</translation>
    </message>
    <message>
        <source>ansible-playbook rejected its options (exit 5)%1.</source>
        <translation>ansible-playbook がオプションを拒否しました (exit 5)%1。</translation>
    </message>
    <message>
        <source>ansible-playbook was interrupted (exit 99).</source>
        <translation>ansible-playbook が中断されました (exit 99)。</translation>
    </message>
    <message>
        <source>ansible-playbook ended abnormally (exit %1)%2.</source>
        <translation>ansible-playbook が異常終了しました (exit %1)%2。</translation>
    </message>
    <message>
        <source>Cancelled: the playbook was stopped.</source>
        <translation>キャンセル: playbook を停止しました。</translation>
    </message>
</context>
<context>
    <name>mi::ui::ProbeTableModel</name>
    <message>
        <source>Platform</source>
        <translation>プラットフォーム</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>メソッド</translation>
    </message>
    <message>
        <source>URL or file</source>
        <translation>URL またはファイル</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>ステータス</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>時間</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>詳細</translation>
    </message>
    <message>
        <source>The firmware says this machine is on %1, but this request was not answered: this is why the agent does not detect it (see the banner above).</source>
        <translation>ファームウェアはこのマシンが %1 上にあると示していますが、この要求には応答がありませんでした: エージェントがそれを検出しない理由です (上のバナーを参照)。</translation>
    </message>
</context>
<context>
    <name>mi::ui::ReportFolderWatcher</name>
    <message>
        <source>%1 is left out: %2 bytes is more than a report holds (%3 at most)</source>
        <translation>%1 は除外します: %2 バイトはレポートとしては大きすぎます (最大 %3)</translation>
    </message>
    <message>
        <source>%1 is left out for now: %2 (read again when it changes)</source>
        <translation>%1 は今は除外します: %2 (変更されたら読み直します)</translation>
    </message>
    <message>
        <source>%1 does not exist (any more)</source>
        <translation>%1 は (もう) 存在しません</translation>
    </message>
</context>
<context>
    <name>mi::ui::ScreenshotWriter</name>
    <message>
        <source>there is no image to write</source>
        <translation>書き出す画像がありません</translation>
    </message>
    <message>
        <source>cannot compress the image (out of memory?)</source>
        <translation>画像を圧縮できません (メモリ不足?)</translation>
    </message>
</context>
</TS>
