// Deterministic benchmark inputs (see ../shared/bench/README.md): the 5 MB stress XML and the folder of 200
// profile variants. Pure functions of their arguments: the same call gives the same text on every machine.

/**
 * About `targetBytes` of ProfileXML: a VPNProfile with repeated `<Route id=".." p:kind='v4' enabled="true">`
 * groups (four elements each, one of them in a foreign namespace), `&amp;` entities, a CDATA section every 50
 * groups and a comment every 100 groups. 5 MiB gives about 100,000 elements.
 */
export function generateStressXml(targetBytes) {
  const head =
    '<?xml version="1.0" encoding="utf-8"?>\n' +
    '<VPNProfile xmlns:p="urn:aovpn:bench">\n' +
    '  <ProfileName>Benchmark &amp; stress</ProfileName>\n' +
    '  <NativeProfile>\n    <Servers>vpn.contoso.example</Servers>\n    <RoutingPolicyType>SplitTunnel</RoutingPolicyType>\n  </NativeProfile>\n';
  const tail = '</VPNProfile>\n';
  const parts = [head];
  let size = head.length + tail.length;
  for (let n = 0; ; n++) {
    let group =
      `  <Route id="r${n}" p:kind='v4' enabled="true">\n` +
      `    <Address>10.${(n >> 8) & 255}.${n & 255}.0</Address>\n` +
      `    <PrefixSize>24</PrefixSize>\n` +
      `    <p:Description>Branch ${n} &amp; site ${n % 97}: routed through the corporate tunnel</p:Description>\n` +
      `  </Route>\n`;
    if (n % 50 === 49) group += `  <p:Raw><![CDATA[<unescaped & raw ${n}>]]></p:Raw>\n`;
    if (n % 100 === 99) group += `  <!-- routes ${n - 99} to ${n} -->\n`;
    if (size + group.length > targetBytes) break;
    parts.push(group);
    size += group.length;
  }
  parts.push(tail);
  return parts.join('');
}

/** Deterministic PRNG (mulberry32). */
export function prng(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * `count` variants of a profile: a different DNS suffix and profile name in each, every fourth with a different
 * route, every tenth with one typical defect (so that the checker has findings to print, as in real folders).
 */
export function profileVariants(base, count) {
  const variants = [];
  for (let i = 0; i < count; i++) {
    let text = base.replaceAll('corp.contoso.example', `site${i}.contoso.example`);
    if (i % 4 === 1) text = text.replace(/<Address>[^<]*<\/Address>/, `<Address>10.${i % 250}.0.0</Address>`);
    if (i % 10 === 3) text = text.replace('<AlwaysOn>true</AlwaysOn>', '<AlwaysOn>True</AlwaysOn>');
    if (i % 10 === 7) text = text.replace('<RegisterDNS>true</RegisterDNS>', '<RegisterDNS>yes</RegisterDNS>');
    variants.push({ name: `profile-${String(i).padStart(3, '0')}.xml`, text });
  }
  return variants;
}
