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
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
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

    Container container = container(base(Deployment.class));
    assertThat(probe(container.getStartupProbe()).getPath()).isEqualTo(root + "/started");
    assertThat(probe(container.getReadinessProbe()).getPath()).isEqualTo(root + "/ready");
    assertThat(probe(container.getLivenessProbe()).getPath()).isEqualTo(root + "/live");
    for (Probe probe :
        List.of(
            container.getStartupProbe(),
            container.getReadinessProbe(),
            container.getLivenessProbe())) {
      assertThat(port(container, probe(probe).getPort())).isEqualTo(httpPort);
    }

    Service service = base(Service.class);
    assertThat(service.getSpec().getPorts())
        .singleElement()
        .satisfies(p -> assertThat(port(container, p.getTargetPort())).isEqualTo(httpPort));
  }

  @Test
  void runsAtLeastTwoNonRootReplicasOnAReadOnlyRootWithBoundedResources() throws IOException {
    Deployment deployment = base(Deployment.class);
    assertThat(deployment.getSpec().getReplicas()).isGreaterThanOrEqualTo(2);
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
    Deployment deployment = base(Deployment.class);
    Map<String, String> podLabels = deployment.getSpec().getTemplate().getMetadata().getLabels();
    assertThat(podLabels).containsAllEntriesOf(deployment.getSpec().getSelector().getMatchLabels());

    assertThat(podLabels).containsAllEntriesOf(base(Service.class).getSpec().getSelector());
    assertThat(podLabels)
        .containsAllEntriesOf(
            base(PodDisruptionBudget.class).getSpec().getSelector().getMatchLabels());
    assertThat(podLabels)
        .containsAllEntriesOf(
            base(NetworkPolicy.class).getSpec().getPodSelector().getMatchLabels());

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
    Container container = container(base(Deployment.class));
    EnvVar password = env(container, "FACTCHECK_DB_PASSWORD");
    assertThat(password.getValue()).isNull();
    assertThat(password.getValueFrom().getSecretKeyRef().getName()).isNotBlank();
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

    for (Path patchFile : listed(OVERLAY.resolve("kustomization.yaml"))) {
      if (!patchFile.getFileName().toString().endsWith("-patch.yaml")) {
        continue;
      }
      HasMetadata patch = (HasMetadata) parse(patchFile);
      assertThat(base).containsKey(patch.getKind() + "/" + patch.getMetadata().getName());
    }

    ConfigMap config = (ConfigMap) parse(OVERLAY.resolve("configmap-patch.yaml"));
    assertThat(config.getData().get("FACTCHECK_DB_URL"))
        .startsWith("jdbc:postgresql://" + clusterName + "-rw:");
    Container patched = container((Deployment) parse(OVERLAY.resolve("deployment-patch.yaml")));
    Container original = container((Deployment) base.get("Deployment/factcheck"));
    assertThat(patched.getName()).isEqualTo(original.getName());
    for (EnvVar var : patched.getEnv()) {
      assertThat(env(original, var.getName())).as("patches an existing variable").isNotNull();
      assertThat(var.getValueFrom().getSecretKeyRef().getName()).isEqualTo(clusterName + "-app");
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
    List<T> found = new ArrayList<>();
    for (Path file : listed(BASE.resolve("kustomization.yaml"))) {
      KubernetesResource resource = parse(file);
      if (kind.isInstance(resource)) {
        found.add(kind.cast(resource));
      }
    }
    assertThat(found).as(kind.getSimpleName() + " in k8s/base").hasSize(1);
    return found.get(0);
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
