package io.factcheck.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HTTPGetAction;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.HTTPIngressPath;
import io.fabric8.kubernetes.api.model.networking.v1.Ingress;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Parses every manifest under {@code k8s/} with the fabric8 Kubernetes model and checks it against
 * the service's own configuration: probe paths and ports, labels and selectors, security context,
 * resources, and that no Secret values are committed.
 */
class KubernetesManifestsTest {

  private static final Path K8S = Path.of("k8s");
  private static final Path BASE = K8S.resolve("base");
  private static final Path OVERLAY = K8S.resolve("overlays/postgres-cluster");

  /** The check replicas: drafts, curation, pages. They never load the article models. */
  private static final String CHECK = "factcheck";

  /** The Deployment (and its Service) that reads articles with the CoreNLP models. */
  private static final String INGEST = "factcheck-ingest";

  private static final BigDecimal MIB = BigDecimal.valueOf(1024 * 1024);

  private final KubernetesSerialization serialization = new KubernetesSerialization();

  @Test
  void everyManifestParsesAndEveryKustomizationNamesExistingFiles() throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(K8S)) {
      files = walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
    }
    assertThat(files).hasSizeGreaterThanOrEqualTo(10);
    for (Path file : files) {
      if (file.getFileName().toString().equals("kustomization.yaml")) {
        Map<String, Object> kustomization = yaml(file);
        assertThat(kustomization).containsEntry("kind", "Kustomization");
        for (Path listed : listed(file)) {
          assertThat(listed).as("named by " + file).exists();
        }
      } else {
        KubernetesResource parsed = parse(file);
        assertThat(parsed).as(file.toString()).isInstanceOf(HasMetadata.class);
        assertThat(((HasMetadata) parsed).getMetadata().getName()).as(file.toString()).isNotBlank();
      }
    }
  }

  @Test
  void probesAskTheServicesHealthEndpointsOnItsHttpPort() throws IOException {
    Properties config = applicationProperties();
    String root =
        "/"
            + config.getProperty("quarkus.http.non-application-root-path", "q")
            + "/"
            + config.getProperty("quarkus.smallrye-health.root-path", "health");
    int httpPort = Integer.parseInt(config.getProperty("quarkus.http.port"));

    for (String name : List.of(CHECK, INGEST)) {
      Container container = container(base(Deployment.class, name));
      assertThat(probe(container.getStartupProbe()).getPath()).isEqualTo(root + "/started");
      assertThat(probe(container.getReadinessProbe()).getPath()).isEqualTo(root + "/ready");
      assertThat(probe(container.getLivenessProbe()).getPath()).isEqualTo(root + "/live");
      for (Probe probe :
          List.of(
              container.getStartupProbe(),
              container.getReadinessProbe(),
              container.getLivenessProbe())) {
        assertThat(port(container, probe(probe).getPort())).as(name).isEqualTo(httpPort);
      }

      Service service = base(Service.class, name);
      assertThat(service.getSpec().getPorts())
          .singleElement()
          .satisfies(p -> assertThat(port(container, p.getTargetPort())).isEqualTo(httpPort));
    }
  }

  @Test
  void runsAtLeastTwoNonRootReplicasOnAReadOnlyRootWithBoundedResources() throws IOException {
    Deployment deployment = base(Deployment.class, CHECK);
    assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
    runsNonRootOnAReadOnlyRootWithBoundedResources(deployment);
    runsNonRootOnAReadOnlyRootWithBoundedResources(base(Deployment.class, INGEST));
  }

  private static void runsNonRootOnAReadOnlyRootWithBoundedResources(Deployment deployment) {
    PodSpec pod = deployment.getSpec().getTemplate().getSpec();
    assertThat(pod.getSecurityContext().getRunAsNonRoot()).isTrue();
    Container container = container(deployment);
    assertThat(container.getSecurityContext().getRunAsNonRoot()).isTrue();
    assertThat(container.getSecurityContext().getReadOnlyRootFilesystem()).isTrue();
    assertThat(container.getSecurityContext().getAllowPrivilegeEscalation()).isFalse();

    // Quarkus and Vert.x need a writable /tmp even on a read-only root.
    String tmpVolume =
        container.getVolumeMounts().stream()
            .filter(m -> m.getMountPath().equals("/tmp"))
            .findFirst()
            .orElseThrow()
            .getName();
    Volume tmp =
        pod.getVolumes().stream().filter(v -> v.getName().equals(tmpVolume)).findFirst().get();
    assertThat(tmp.getEmptyDir()).isNotNull();

    assertThat(container.getResources().getRequests()).containsKeys("cpu", "memory");
    assertThat(container.getResources().getLimits()).containsKeys("cpu", "memory");
  }

  @Test
  void serviceAutoscalerDisruptionBudgetAndNetworkPolicySelectThePods() throws IOException {
    Deployment deployment = base(Deployment.class, CHECK);
    Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

    assertThat(podLabels).containsAllEntriesOf(base(Service.class, CHECK).getSpec().getSelector());
    assertThat(podLabels)
        .containsAllEntriesOf(
            base(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
    assertThat(podLabels)
        .containsAllEntriesOf(
            base(NetworkPolicy.class, CHECK).getSpec().getPodSelector().getMatchLabels());

    HorizontalPodAutoscaler hpa = base(HorizontalPodAutoscaler.class);
    assertThat(hpa.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(hpa.getSpec().getScaleTargetRef().getName())
        .isEqualTo(deployment.getMetadata().getName());
    assertThat(hpa.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(hpa.getSpec().getMaxReplicas()).isGreaterThan(hpa.getSpec().getMinReplicas());
  }

  @Test
  void credentialsComeFromSecretsThatAreNotCommitted() throws IOException {
    List<KubernetesResource> all = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(K8S)) {
      for (Path file : walk.filter(f -> f.toString().endsWith(".yaml")).toList()) {
        if (!file.getFileName().toString().equals("kustomization.yaml")) {
          all.add(parse(file));
        }
      }
    }
    assertThat(all).noneMatch(r -> r instanceof Secret);
    for (KubernetesResource resource : all) {
      if (resource instanceof ConfigMap map) {
        assertThat(map.getData().keySet()).noneMatch(key -> key.toUpperCase().contains("PASSWORD"));
      }
    }
    for (String name : List.of(CHECK, INGEST)) {
      Container container = container(base(Deployment.class, name));
      EnvVar password = env(container, "FACTCHECK_DB_PASSWORD");
      assertThat(password.getValue()).as(name).isNull();
      assertThat(password.getValueFrom().getSecretKeyRef().getName()).isNotBlank();
    }
  }

  @Test
  void theOverlayPatchesBaseResourcesAndPointsAtItsPostgresCluster() throws IOException {
    Map<String, HasMetadata> base = new LinkedHashMap<>();
    for (Path file : listed(BASE.resolve("kustomization.yaml"))) {
      HasMetadata resource = (HasMetadata) parse(file);
      base.put(resource.getKind() + "/" + resource.getMetadata().getName(), resource);
    }
    Map<String, Object> kustomization = yaml(OVERLAY.resolve("kustomization.yaml"));
    assertThat(kustomization.get("resources").toString()).contains("../../base");

    GenericKubernetesResource cluster =
        (GenericKubernetesResource) parse(OVERLAY.resolve("postgres-cluster.yaml"));
    assertThat(cluster.getKind()).isEqualTo("Cluster");
    String clusterName = cluster.getMetadata().getName();

    Map<String, HasMetadata> patches = new LinkedHashMap<>();
    for (Path patchFile : listed(OVERLAY.resolve("kustomization.yaml"))) {
      if (!patchFile.getFileName().toString().endsWith("-patch.yaml")) {
        continue;
      }
      HasMetadata patch = (HasMetadata) parse(patchFile);
      String key = patch.getKind() + "/" + patch.getMetadata().getName();
      assertThat(base).containsKey(key);
      patches.put(key, patch);
    }

    ConfigMap config = (ConfigMap) parse(OVERLAY.resolve("configmap-patch.yaml"));
    assertThat(config.getData().get("FACTCHECK_DB_URL"))
        .startsWith("jdbc:postgresql://" + clusterName + "-rw:");
    // Both Deployments (checks and ingest) connect with the operator's credentials, and both
    // NetworkPolicies let PostgreSQL traffic out to the cluster's pods only.
    for (String name : List.of(CHECK, INGEST)) {
      assertThat(patches).containsKeys("Deployment/" + name, "NetworkPolicy/" + name);
      Container patched = container((Deployment) patches.get("Deployment/" + name));
      Container original = container((Deployment) base.get("Deployment/" + name));
      assertThat(patched.getName()).isEqualTo(original.getName());
      assertThat(patched.getEnv()).as(name).isNotEmpty();
      for (EnvVar var : patched.getEnv()) {
        assertThat(env(original, var.getName())).as("patches an existing variable").isNotNull();
        assertThat(var.getValueFrom().getSecretKeyRef().getName()).isEqualTo(clusterName + "-app");
      }
      NetworkPolicy policy = (NetworkPolicy) patches.get("NetworkPolicy/" + name);
      assertThat(policy.getSpec().getEgress())
          .anySatisfy(
              rule ->
                  assertThat(rule.getTo())
                      .anySatisfy(
                          peer ->
                              assertThat(peer.getPodSelector().getMatchLabels())
                                  .containsEntry("cnpg.io/cluster", clusterName)));
    }
  }

  @Test
  void articlesAreReadByASeparateIngestDeploymentOfTheSameImageWithMoreMemory() throws IOException {
    Deployment check = base(Deployment.class, CHECK);
    Deployment ingest = base(Deployment.class, INGEST);
    assertThat(ingest.getSpec().getReplicas()).isEqualTo(1);

    Container checks = container(check);
    Container reads = container(ingest);
    assertThat(reads.getImage()).isEqualTo(checks.getImage());
    assertThat(reads.getImagePullPolicy()).isEqualTo(checks.getImagePullPolicy());
    assertThat(reads.getPorts()).isEqualTo(checks.getPorts());
    assertThat(reads.getEnvFrom()).isEqualTo(checks.getEnvFrom());
    assertThat(reads.getEnv()).containsAll(checks.getEnv());
    assertThat(reads.getSecurityContext()).isEqualTo(checks.getSecurityContext());
    assertThat(reads.getVolumeMounts()).isEqualTo(checks.getVolumeMounts());
    assertThat(reads.getStartupProbe()).isEqualTo(checks.getStartupProbe());
    assertThat(reads.getReadinessProbe()).isEqualTo(checks.getReadinessProbe());
    assertThat(reads.getLivenessProbe()).isEqualTo(checks.getLivenessProbe());
    PodSpec checkPod = check.getSpec().getTemplate().getSpec();
    PodSpec ingestPod = ingest.getSpec().getTemplate().getSpec();
    assertThat(ingestPod.getSecurityContext()).isEqualTo(checkPod.getSecurityContext());
    assertThat(ingestPod.getAutomountServiceAccountToken())
        .isEqualTo(checkPod.getAutomountServiceAccountToken());

    // The CoreNLP models take about 500 MB of heap: 1.5Gi requested, a 2Gi limit, more than a
    // check replica's, and a heap of about 1200 MB that leaves room below the limit.
    BigDecimal requested = bytes(reads.getResources().getRequests().get("memory"));
    BigDecimal limit = bytes(reads.getResources().getLimits().get("memory"));
    assertThat(requested).isGreaterThanOrEqualTo(MIB.multiply(BigDecimal.valueOf(1536)));
    assertThat(limit).isEqualTo(MIB.multiply(BigDecimal.valueOf(2048)));
    assertThat(limit).isGreaterThan(bytes(checks.getResources().getLimits().get("memory")));
    assertThat(requested).isGreaterThan(bytes(checks.getResources().getRequests().get("memory")));
    // The image's run-java.sh turns JAVA_MAX_MEM_RATIO into -XX:MaxRAMPercentage; JAVA_OPTS would
    // replace the image's options and the Dockerfile's JAVA_OPTS_APPEND altogether.
    assertThat(env(reads, "JAVA_OPTS")).isNull();
    BigDecimal heap =
        limit
            .multiply(new BigDecimal(env(reads, "JAVA_MAX_MEM_RATIO").getValue()))
            .divide(BigDecimal.valueOf(100));
    assertThat(heap)
        .isBetween(
            MIB.multiply(BigDecimal.valueOf(1100)),
            limit.subtract(MIB.multiply(BigDecimal.valueOf(512))));

    // The check Service, disruption budget and autoscaler never take in the ingest pods, and
    // the ingest Service only them; both kinds of pods have the same network rules.
    Map<String, String> checkLabels = check.getSpec().getTemplate().getMetadata().getLabels();
    Map<String, String> ingestLabels = ingest.getSpec().getTemplate().getMetadata().getLabels();
    assertThat(ingestLabels)
        .containsAllEntriesOf(ingest.getSpec().getSelector().getMatchLabels())
        .containsAllEntriesOf(base(Service.class, INGEST).getSpec().getSelector())
        .containsAllEntriesOf(
            base(NetworkPolicy.class, INGEST).getSpec().getPodSelector().getMatchLabels());
    assertThat(selects(base(Service.class, CHECK).getSpec().getSelector(), ingestLabels)).isFalse();
    assertThat(selects(check.getSpec().getSelector().getMatchLabels(), ingestLabels)).isFalse();
    assertThat(
            selects(
                base(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels(),
                ingestLabels))
        .isFalse();
    assertThat(selects(base(Service.class, INGEST).getSpec().getSelector(), checkLabels)).isFalse();
    assertThat(base(HorizontalPodAutoscaler.class).getSpec().getScaleTargetRef().getName())
        .isEqualTo(CHECK);
    NetworkPolicy checkPolicy = base(NetworkPolicy.class, CHECK);
    NetworkPolicy ingestPolicy = base(NetworkPolicy.class, INGEST);
    assertThat(ingestPolicy.getSpec().getPolicyTypes())
        .isEqualTo(checkPolicy.getSpec().getPolicyTypes());
    assertThat(ingestPolicy.getSpec().getIngress()).isEqualTo(checkPolicy.getSpec().getIngress());
    assertThat(ingestPolicy.getSpec().getEgress()).isEqualTo(checkPolicy.getSpec().getEgress());
  }

  @Test
  void theIngressSendsArticlesAndImportsToTheIngestServiceAndAllElseToTheCheckReplicas()
      throws IOException {
    Ingress ingress = base(Ingress.class);
    assertThat(ingress.getSpec().getRules()).isNotEmpty();
    // The ingress controller routes by path, not method: the /v1/documents prefix goes to ingest.
    Map<String, String> expected = new LinkedHashMap<>();
    expected.put("/v1/documents", INGEST);
    expected.put("/v1/documents/", INGEST);
    expected.put("/v1/documents/001_2ba1a5d2d5bdc1cb", INGEST);
    expected.put("/v1/admin/import", INGEST);
    expected.put("/v1/checks", CHECK);
    expected.put("/v2/check", CHECK);
    expected.put("/v1/events", CHECK);
    expected.put("/v1/events/42/approve", CHECK);
    expected.put("/v1/entities", CHECK);
    expected.put("/v1/admin/export", CHECK);
    expected.put("/v1/documentsX", CHECK);
    expected.put("/editor", CHECK);
    expected.put("/plugin/factcheck.js", CHECK);
    expected.put("/q/health/ready", CHECK);
    expected.put("/", CHECK);
    for (var route : expected.entrySet()) {
      for (var rule : ingress.getSpec().getRules()) {
        HTTPIngressPath path = route(rule.getHttp().getPaths(), route.getKey());
        assertThat(path).as(route.getKey()).isNotNull();
        assertThat(path.getBackend().getService().getName())
            .as(route.getKey())
            .isEqualTo(route.getValue());
      }
    }
    // Every backend names a Service of the base and one of its ports.
    for (var rule : ingress.getSpec().getRules()) {
      for (HTTPIngressPath path : rule.getHttp().getPaths()) {
        Service service = base(Service.class, path.getBackend().getService().getName());
        assertThat(service.getSpec().getPorts())
            .anyMatch(p -> p.getName().equals(path.getBackend().getService().getPort().getName()));
      }
    }
  }

  // --- helpers -----------------------------------------------------------------------------

  private KubernetesResource parse(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      KubernetesResource parsed = serialization.unmarshal(in);
      return Objects.requireNonNull(parsed, file.toString());
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> yaml(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return serialization.unmarshal(in, Map.class);
    }
  }

  /**
   * The files a kustomization names (resources and patches), directories as their kustomization.
   */
  @SuppressWarnings("unchecked")
  private List<Path> listed(Path kustomizationFile) throws IOException {
    Map<String, Object> kustomization = yaml(kustomizationFile);
    Path dir = kustomizationFile.getParent();
    List<Path> listed = new ArrayList<>();
    for (Object resource : (List<Object>) kustomization.getOrDefault("resources", List.of())) {
      Path path = dir.resolve(resource.toString()).normalize();
      listed.add(Files.isDirectory(path) ? path.resolve("kustomization.yaml") : path);
    }
    for (Object patch : (List<Object>) kustomization.getOrDefault("patches", List.of())) {
      listed.add(dir.resolve(((Map<String, Object>) patch).get("path").toString()).normalize());
    }
    return listed;
  }

  private <T extends HasMetadata> T base(Class<T> kind) throws IOException {
    return base(kind, null);
  }

  /** The one resource of {@code kind} in k8s/base named {@code name} (any name when null). */
  private <T extends HasMetadata> T base(Class<T> kind, String name) throws IOException {
    List<T> found = new ArrayList<>();
    for (Path file : listed(BASE.resolve("kustomization.yaml"))) {
      KubernetesResource resource = parse(file);
      if (kind.isInstance(resource)
          && (name == null || name.equals(((HasMetadata) resource).getMetadata().getName()))) {
        found.add(kind.cast(resource));
      }
    }
    assertThat(found).as(kind.getSimpleName() + " " + name + " in k8s/base").hasSize(1);
    return found.get(0);
  }

  /**
   * The path of an Ingress rule that serves {@code requestPath}, as the Ingress API defines it: an
   * Exact path matches itself only, a Prefix path whole path elements (so "/v1/documents" serves
   * "/v1/documents/x" but not "/v1/documentsX"), and the longest match wins, Exact before Prefix.
   */
  private static HTTPIngressPath route(List<HTTPIngressPath> paths, String requestPath) {
    HTTPIngressPath best = null;
    int bestLength = -1;
    for (HTTPIngressPath path : paths) {
      String p = path.getPath();
      boolean matches =
          switch (path.getPathType()) {
            case "Exact" -> p.equals(requestPath);
            case "Prefix" -> prefixMatches(p, requestPath);
            default -> throw new AssertionError("pathType " + path.getPathType() + " of " + p);
          };
      int length = p.length() * 2 + (path.getPathType().equals("Exact") ? 1 : 0);
      if (matches && length > bestLength) {
        best = path;
        bestLength = length;
      }
    }
    return best;
  }

  private static boolean prefixMatches(String prefix, String requestPath) {
    List<String> want = elements(prefix);
    List<String> have = elements(requestPath);
    return have.size() >= want.size() && have.subList(0, want.size()).equals(want);
  }

  private static List<String> elements(String path) {
    return Stream.of(path.split("/")).filter(e -> !e.isEmpty()).toList();
  }

  private static boolean selects(Map<String, String> selector, Map<String, String> labels) {
    return labels.entrySet().containsAll(selector.entrySet());
  }

  private static BigDecimal bytes(Quantity quantity) {
    assertThat(quantity).isNotNull();
    return Quantity.getAmountInBytes(quantity);
  }

  private static Container container(Deployment deployment) {
    List<Container> containers = deployment.getSpec().getTemplate().getSpec().getContainers();
    assertThat(containers).hasSize(1);
    return containers.get(0);
  }

  private static HTTPGetAction probe(Probe probe) {
    assertThat(probe).isNotNull();
    assertThat(probe.getHttpGet()).isNotNull();
    return probe.getHttpGet();
  }

  /** A port given by number or by the name of one of the container's ports. */
  private static int port(Container container, IntOrString port) {
    if (port.getIntVal() != null) {
      return port.getIntVal();
    }
    return container.getPorts().stream()
        .filter(p -> port.getStrVal().equals(p.getName()))
        .map(ContainerPort::getContainerPort)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no container port named " + port.getStrVal()));
  }

  private static EnvVar env(Container container, String name) {
    return container.getEnv().stream()
        .filter(e -> e.getName().equals(name))
        .findFirst()
        .orElse(null);
  }

  private static Properties applicationProperties() throws IOException {
    Properties properties = new Properties();
    try (Reader reader =
        Files.newBufferedReader(Path.of("src/main/resources/application.properties"))) {
      properties.load(reader);
    }
    return properties;
  }
}
